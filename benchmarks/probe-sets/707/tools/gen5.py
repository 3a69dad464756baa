"""p707-5: Báo Đồng Nai (Party newspaper) — worker health in industrial parks, 9 months 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """Chăm lo sức khỏe cho công nhân các khu công nghiệp

(ĐN) - 9 tháng năm 2024, các doanh nghiệp trong 32 khu công nghiệp của tỉnh Đồng Nai đã tổ chức khám sức khỏe định kỳ cho hơn 312.000 công nhân, đạt 78% kế hoạch năm.

Theo Ban Quản lý các khu công nghiệp tỉnh, trong số 1.420 doanh nghiệp đang hoạt động, có 1.186 doanh nghiệp đã tổ chức khám sức khỏe định kỳ cho người lao động. Tỷ lệ công nhân có sức khỏe loại I và loại II chiếm từ 70 đến 75%; khoảng 4,5% công nhân xếp loại IV, V cần được bố trí công việc phù hợp.

Cũng trong 9 tháng, Trung tâm Kiểm soát bệnh tật tỉnh đã khám phát hiện bệnh nghề nghiệp cho 21.340 lao động, phát hiện 538 người mắc bệnh nghề nghiệp, giảm 6,3% so với cùng kỳ. Trong đó, điếc nghề nghiệp do tiếng ồn có 301 ca, bụi phổi bông 126 ca, các bệnh khác 111 ca. Số ca mắc tập trung tại TP. Biên Hòa (214 ca), huyện Nhơn Trạch (137 ca), huyện Long Thành (92 ca).

Liên đoàn Lao động tỉnh ước chi khoảng 3,2 tỷ đồng hỗ trợ khám sức khỏe cho đoàn viên có hoàn cảnh khó khăn, bình quân 500.000 đồng/người. Tại các phòng y tế doanh nghiệp, tỷ lệ bác sĩ mới đạt 1,8 bác sĩ/vạn công nhân.

Ông Trần Văn Hải, Phó Giám đốc Sở Y tế, cho biết: theo kế hoạch, đến năm 2025, Đồng Nai phấn đấu 100% doanh nghiệp trong khu công nghiệp tổ chức khám sức khỏe định kỳ cho người lao động, tỷ lệ người lao động được khám phát hiện bệnh nghề nghiệp đạt trên 60%.

Hạnh Dung
04/10/2024
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("trong 32 khu công nghiệp", "32", 32, "count", "khu công nghiệp",
      "khu công nghiệp có doanh nghiệp tổ chức khám sức khỏe định kỳ", M9),
    F("hơn 312.000 công nhân", "312.000", 312000, "count", "công nhân",
      "công nhân được khám sức khỏe định kỳ", M9, approx="over", percent=78),
    F("số 1.420 doanh nghiệp", "1.420", 1420, "count", "doanh nghiệp",
      "doanh nghiệp đang hoạt động trong các khu công nghiệp"),
    F("có 1.186 doanh nghiệp", "1.186", 1186, "count", "doanh nghiệp",
      "doanh nghiệp đã tổ chức khám sức khỏe định kỳ cho người lao động", total=1420),
    F("từ 70 đến 75%", "70", 70, "percent", "%",
      "tỷ lệ công nhân có sức khỏe loại I và loại II", value_max=75),
    F("khoảng 4,5%", "4,5", 4.5, "percent", "%",
      "công nhân xếp loại IV, V", approx="about"),
    F("cho 21.340 lao động", "21.340", 21340, "count", "lao động",
      "lao động được khám phát hiện bệnh nghề nghiệp", M9b),
    F("phát hiện 538 người", "538", 538, "count", "người",
      "người mắc bệnh nghề nghiệp được phát hiện", M9b,
      change=CH("decrease", 6.3, "%", "cùng kỳ")),
    F("có 301 ca", "301", 301, "count", "ca",
      "ca điếc nghề nghiệp do tiếng ồn", I(M9b), total=538),
    F("bông 126 ca", "126", 126, "count", "ca",
      "ca bụi phổi bông", I(M9b), total=538),
    F("khác 111 ca", "111", 111, "count", "ca",
      "ca mắc các bệnh nghề nghiệp khác", I(M9b), total=538),
    F("Biên Hòa (214 ca)", "214", 214, "count", "ca",
      "ca mắc bệnh nghề nghiệp", I(M9b), location="Biên Hòa"),
    F("Nhơn Trạch (137 ca)", "137", 137, "count", "ca",
      "ca mắc bệnh nghề nghiệp", I(M9b), location="Nhơn Trạch"),
    F("Long Thành (92 ca)", "92", 92, "count", "ca",
      "ca mắc bệnh nghề nghiệp", I(M9b), location="Long Thành"),
    F("khoảng 3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng",
      "kinh phí Liên đoàn Lao động tỉnh hỗ trợ khám sức khỏe cho đoàn viên có hoàn cảnh khó khăn",
      approx="about", status="estimate"),
    F("bình quân 500.000 đồng/người", "500.000", 500000, "money", "đồng/người",
      "kinh phí hỗ trợ khám sức khỏe bình quân", status="estimate"),
    F("đạt 1,8 bác sĩ/vạn công nhân", "1,8", 1.8, "measure", "bác sĩ/vạn công nhân",
      "tỷ lệ bác sĩ tại các phòng y tế doanh nghiệp"),
    F("phấn đấu 100% doanh nghiệp", "100", 100, "percent", "%",
      "doanh nghiệp trong khu công nghiệp tổ chức khám sức khỏe định kỳ cho người lao động", T25, status="target"),
    F("đạt trên 60%", "60", 60, "percent", "%",
      "tỷ lệ người lao động được khám phát hiện bệnh nghề nghiệp", T25, approx="over", status="target"),
]

COMMENTS = [
    "Báo Đồng Nai (Party newspaper): worker health checks in industrial parks, 9 tháng năm 2024. Byline + bare date '04/10/2024' at the end = published.",
    "'(ĐN)' is the paper's tag; the province is named anyway. No headline figure.",
    "'trong số 1.420 doanh nghiệp …, có 1.186 doanh nghiệp' = total 1420. 'đạt 78% kế hoạch năm' = percent of the 312.000 workers.",
    "Disease parts after 'Trong đó' add up to 538 (total); the district list follows no cue and does not add up (no total), locations from the list.",
    "'ước chi khoảng 3,2 tỷ đồng' = about + estimate; 'bình quân 500.000 đồng/người' continues that clause (estimate).",
    "Rate '1,8 bác sĩ/vạn công nhân' = measure with the denominator in the unit. Health classes 'loại I, II, IV, V' are not figures.",
    "'theo kế hoạch, đến năm 2025, … phấn đấu' = target, for both figures of the sentence.",
]

if __name__ == "__main__":
    emit("p707-5", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Đồng Nai")
