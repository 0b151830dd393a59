package townstats.corpus;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TownSeriesTest {
    @Test
    void nextYearIsThisYearTimesGrowth() {
        for (int town = 0; town < 200; town++) {
            TownSeries s = new TownSeries(Rand.of(1, town), 2019, 5, 0);
            for (Indicator ind : Indicator.values()) {
                for (int y = 2020; y <= 2023; y++) {
                    double expected = s.value(ind, y - 1) * (1 + s.growth(ind, y) / 100);
                    assertEquals(expected, s.value(ind, y), 1e-6 * expected, ind + " " + y);
                }
            }
        }
    }

    @Test
    void partsStayBelowTheirWholeAndLevelsInRange() {
        for (int town = 0; town < 500; town++) {
            TownSeries s = new TownSeries(Rand.of(2, town), 2021, 3, TownSeries.provinceWealth(town % 2 == 0 ? "32" : "62"));
            for (int y = 2021; y <= 2023; y++) {
                double fiscal = s.value(Indicator.FISCAL_REVENUE, y);
                assertTrue(s.value(Indicator.BUDGET_REVENUE, y) < fiscal);
                assertTrue(s.value(Indicator.TAX_REVENUE, y) < fiscal);
                assertTrue(s.value(Indicator.INDUSTRIAL_OUTPUT_ABOVE_SCALE, y) < s.value(Indicator.INDUSTRIAL_OUTPUT, y));
                assertTrue(s.value(Indicator.AGRI_INDUSTRIAL_OUTPUT, y) > s.value(Indicator.INDUSTRIAL_OUTPUT, y));
                double people = s.value(Indicator.POPULATION, y);
                assertTrue(people >= 8_000 && people <= 120_000, "population " + people);
                double perHousehold = people / s.value(Indicator.HOUSEHOLDS, y);
                assertTrue(perHousehold >= 2.6 && perHousehold <= 3.8);
                inRange(s.value(Indicator.RURAL_INCOME, y), 12_000, 35_000);
                inRange(s.value(Indicator.AREA, y), 30, 400);
                inRange(s.value(Indicator.ADMIN_UNITS, y), 8, 40);
            }
        }
    }

    @Test
    void valuesDoNotPileUpAtTheirBounds() {
        int atBound = 0;
        int n = 0;
        for (int town = 0; town < 1000; town++) {
            TownSeries s = new TownSeries(Rand.of(3, town), 2021, 3, TownSeries.provinceWealth("33"));
            for (Indicator ind : java.util.List.of(Indicator.RURAL_INCOME, Indicator.POPULATION, Indicator.AREA)) {
                for (int y = 2021; y <= 2023; y++, n++) {
                    double v = s.value(ind, y);
                    if (v == ind.min || v == ind.max) atBound++;
                }
            }
        }
        assertTrue(atBound < n / 100, atBound + " of " + n + " values sit on a bound");
    }

    private static void inRange(double x, double lo, double hi) {
        assertTrue(x >= lo && x <= hi, x + " not in [" + lo + ", " + hi + "]");
    }
}
