@echo off
rem townstats: runs the tool with a Java 17 (or later) runtime alone; no Maven, no network.
rem Java: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH. JVM options: %JAVA_OPTS%
rem (default -XX:+UseParallelGC). Run it in the folder that holds content\ (and townstats.yml):
rem   C:\townstats\bin\townstats.bat build
setlocal
set "TOWNSTATS_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_EXE=java"
)
if not defined JAVA_OPTS set "JAVA_OPTS=-XX:+UseParallelGC"
"%JAVA_EXE%" -version >nul 2>&1
if errorlevel 1 (
  echo townstats: no Java runtime found: install Java 17 or later, or set JAVA_HOME 1>&2
  exit /b 2
)
"%JAVA_EXE%" %JAVA_OPTS% -Dfile.encoding=UTF-8 "-Dtownstats.home=%TOWNSTATS_HOME%" -cp "%TOWNSTATS_HOME%\lib\*" townstats.cli.Main %*
exit /b %ERRORLEVEL%
