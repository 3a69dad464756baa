"""p935-8: provincial newspaper online (Báo Bắc Giang), headline figure, '(BBG) -' tag."""
from lib import F, P, year, months, asof, inh, chg, tgt, write

TEXT = """Báo Bắc Giang điện tử > Xã hội

Dự án viện dưỡng lão 180 tỷ đồng ở Việt Yên sắp đi vào hoạt động
Thứ Hai, 20/05/2024 - 15:40

(BBG) - Ngày 18/5, đoàn công tác của UBND tỉnh kiểm tra tiến độ Dự án Viện dưỡng lão Hồng Phúc tại thị xã Việt Yên. Dự án nằm cạnh Quốc lộ 37, cách trung tâm TP Bắc Giang khoảng 12 km, có tổng vốn đầu tư 180 tỷ đồng, trên diện tích 2,6 ha, quy mô 300 giường. Đến nay, công trình đã hoàn thành khoảng 85% khối lượng xây lắp. Chủ đầu tư dự kiến đưa 120 giường vào vận hành trong quý III/2024, số giường còn lại hoàn thành trong quý I/2025. Mức phí dự kiến từ 8 đến 16 triệu đồng/người/tháng; khi hoạt động hết công suất, viện sẽ tạo việc làm cho khoảng 150 lao động.

Toàn tỉnh hiện có 262.800 người cao tuổi, chiếm 14,1% dân số. Tuy nhiên, mới có 4 cơ sở chăm sóc người cao tuổi (1 công lập, 3 ngoài công lập) với 270 giường. 4 tháng đầu năm 2024, các cơ sở đã tiếp nhận 64 người cao tuổi, nâng tổng số người đang được chăm sóc lên 231 người, đạt 85,6% công suất. Riêng Trung tâm Bảo trợ xã hội tỉnh đang nuôi dưỡng 92 người cao tuổi có hoàn cảnh đặc biệt khó khăn, tăng 7 người so với cuối năm 2023.

Theo Quyết định số 1027/QĐ-UBND về phát triển mạng lưới cơ sở trợ giúp xã hội, tỉnh phấn đấu đến năm 2030 có ít nhất 10 cơ sở chăm sóc người cao tuổi với khoảng 1.000 giường, đáp ứng 15% nhu cầu chăm sóc tập trung.

Hương Giang
"""

VY = "Việt Yên"
NOW = asof("Đến nay", "2024-05-20")
Q3 = months("quý III/2024", 2024, 7, 9)
M4 = months("4 tháng đầu năm 2024", 2024, 1, 4)
T30 = asof("đến năm 2030", "2030-12-31")

FIGS = [
    F("Dự án viện dưỡng lão 180 tỷ đồng", "180", 180e9, "money", "đồng",
      "tổng vốn đầu tư dự án viện dưỡng lão", location=VY),
    F("khoảng 12 km", "12", 12, "measure", "km", "khoảng cách từ dự án đến trung tâm TP Bắc Giang",
      approx="about", location=VY),
    F("đầu tư 180 tỷ đồng", "180", 180e9, "money", "đồng", "tổng vốn đầu tư dự án", location=VY),
    F("diện tích 2,6 ha", "2,6", 2.6, "measure", "ha", "diện tích dự án", location=VY),
    F("quy mô 300 giường", "300", 300, "count", "giường", "quy mô giường của dự án", location=VY),
    F("khoảng 85% khối lượng", "85", 85, "percent", "%", "khối lượng xây lắp đã hoàn thành", NOW,
      approx="about", location=VY),
    F("đưa 120 giường", "120", 120, "count", "giường", "giường đưa vào vận hành", Q3, status="forecast",
      location=VY),
    F("từ 8 đến 16 triệu đồng/người/tháng", "8", 8e6, "money", "đồng/người/tháng", "mức phí dự kiến",
      value_max=16e6, status="forecast", location=VY),
    F("khoảng 150 lao động", "150", 150, "count", "lao động", "lao động viện tạo việc làm", approx="about",
      status="forecast", location=VY),
    F("có 262.800 người", "262.800", 262800, "count", "người cao tuổi", "người cao tuổi", percent=14.1),
    F("có 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi"),
    F("(1 công lập", "1", 1, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi công lập", total=4),
    F("3 ngoài công lập)", "3", 3, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi ngoài công lập", total=4),
    F("với 270 giường", "270", 270, "count", "giường", "giường tại các cơ sở chăm sóc người cao tuổi"),
    F("tiếp nhận 64 người", "64", 64, "count", "người cao tuổi", "người cao tuổi các cơ sở tiếp nhận", M4),
    F("lên 231 người", "231", 231, "count", "người", "người đang được chăm sóc tại các cơ sở", M4,
      percent=85.6),
    F("nuôi dưỡng 92 người", "92", 92, "count", "người cao tuổi",
      "người cao tuổi có hoàn cảnh đặc biệt khó khăn Trung tâm Bảo trợ xã hội tỉnh đang nuôi dưỡng",
      change=chg("increase", 7, "người", "cuối năm 2023")),
    F("ít nhất 10 cơ sở", "10", 10, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi", T30,
      approx="at_least", status="target"),
    F("khoảng 1.000 giường", "1.000", 1000, "count", "giường", "giường tại các cơ sở chăm sóc người cao tuổi",
      T30, approx="about", status="target"),
    F("đáp ứng 15% nhu cầu", "15", 15, "percent", "%", "nhu cầu chăm sóc tập trung được đáp ứng", T30,
      status="target"),
]

NOTES = [
    "Báo Bắc Giang online: headline figure (180 tỷ đồng, repeated in the body: both are figures), '(BBG) -' tag implies",
    "Bắc Giang; the project's figures are located in thị xã Việt Yên. 'Ngày 18/5', 'Quốc lộ 37', 'quý I/2025' (no figure of its",
    "own), 'Quyết định số 1027/QĐ-UBND' are not figures. 12 km is a stated distance (measure).",
    "'(1 công lập, 3 ngoài công lập)' adds up to 4: total 4. 'đạt 85,6% công suất' = percent of 231. 'tăng 7 người so với cuối",
    "năm 2023' = change of 92. 'đáp ứng 15% nhu cầu' is a share of demand, not of the 1.000 beds: its own percent figure (target).",
    "'Đến nay' ends at the dateline 2024-05-20. 'dự kiến' governs the fee range and the 150 jobs ('Mức phí dự kiến', 'sẽ').",
]

if __name__ == "__main__":
    write("p935-8", TEXT, FIGS, NOTES, published="2024-05-20", location="Bắc Giang")
