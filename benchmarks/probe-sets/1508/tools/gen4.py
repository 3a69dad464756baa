"""p1508-4: ministry site (Bộ Tài nguyên và Môi trường): national readiness for sorting at source, bin demand."""
from lib import F, P, I, C, T, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Môi trường

Sẵn sàng phân loại chất thải rắn sinh hoạt tại nguồn từ ngày 1/1/2025

07/08/2024 | 10:25 | Cục Kiểm soát ô nhiễm môi trường

Theo báo cáo của Cục Kiểm soát ô nhiễm môi trường, cả nước hiện phát sinh khoảng 67.900 tấn chất thải rắn sinh hoạt mỗi ngày, trong đó khu vực đô thị khoảng 38.300 tấn. Tỷ lệ thu gom, xử lý tại khu vực đô thị đạt 96,3%, khu vực nông thôn đạt 77,8%.

Tính đến ngày 30/6/2024, có 47/63 tỉnh, thành phố đã ban hành quy định về phân loại chất thải rắn sinh hoạt theo Nghị định số 08/2022/NĐ-CP; 16 địa phương còn lại đang hoàn thiện dự thảo. Tỷ lệ hộ gia đình thực hiện phân loại tại nguồn cao nhất là Đà Nẵng (72,4%), tiếp theo là Hà Nội (45,1%) và TP Hồ Chí Minh (38,6%).

Để phân loại, mỗi hộ gia đình cần tối thiểu 2 thùng rác. Với khoảng 26,9 triệu hộ trên cả nước, nhu cầu thùng rác nhựa gia đình ước khoảng 54 triệu chiếc; riêng các đô thị loại I trở lên cần trên 18 triệu chiếc. Các doanh nghiệp sản xuất trong nước hiện có công suất khoảng 35 triệu chiếc/năm, tương đương gần 65% nhu cầu.

Bộ khuyến khích sử dụng thùng rác sản xuất từ nhựa tái chế, có nắp đậy, dung tích từ 10 đến 20 lít đối với rác thực phẩm. Mục tiêu đến năm 2025, 85% chất thải rắn sinh hoạt đô thị được thu gom, xử lý đáp ứng yêu cầu; đến năm 2030, tỷ lệ này đạt 95%. Dự kiến trong quý IV/2024, Bộ sẽ tổ chức 3 hội nghị tập huấn tại Hà Nội, Đà Nẵng và TP Hồ Chí Minh.

Tin cùng chuyên mục:
- Hướng dẫn kỹ thuật về phân loại chất thải rắn sinh hoạt (phiên bản 2.0)
- Hội nghị triển khai Luật Bảo vệ môi trường tại khu vực phía Nam

BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Địa chỉ: Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
TO25 = P("Mục tiêu đến năm 2025", None, "2025-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
RATE = "tỷ lệ hộ gia đình thực hiện phân loại tại nguồn"

FIGS = [
    F("khoảng 67.900 tấn", "67.900", 67900, "measure", "tấn/ngày", approx="about",
      subject="chất thải rắn sinh hoạt phát sinh"),
    F("khoảng 38.300 tấn", "38.300", 38300, "measure", "tấn/ngày", approx="about", total=67900,
      subject="chất thải rắn sinh hoạt phát sinh khu vực đô thị"),
    F("đạt 96,3%", "96,3", 96.3, "percent", "%", subject="tỷ lệ thu gom, xử lý tại khu vực đô thị"),
    F("đạt 77,8%", "77,8", 77.8, "percent", "%", subject="tỷ lệ thu gom, xử lý khu vực nông thôn"),
    F("có 47/63", "47", 47, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố đã ban hành quy định về phân loại chất thải rắn sinh hoạt", period=ASOF),
    F("; 16 địa phương", "16", 16, "count", "địa phương",
      subject="địa phương còn lại đang hoàn thiện dự thảo", period=ASOF),
    F("(72,4%)", "72,4", 72.4, "percent", "%", subject=RATE, location="Đà Nẵng"),
    F("(45,1%)", "45,1", 45.1, "percent", "%", subject=RATE, location="Hà Nội"),
    F("(38,6%)", "38,6", 38.6, "percent", "%", subject=RATE, location="TP Hồ Chí Minh"),
    F("tối thiểu 2 thùng", "2", 2, "measure", "thùng rác/hộ", approx="at_least",
      subject="thùng rác mỗi hộ gia đình cần"),
    F("khoảng 26,9 triệu", "26,9", 26.9e6, "count", "hộ", approx="about", subject="hộ"),
    F("khoảng 54 triệu", "54", 54e6, "count", "chiếc", approx="about", status="estimate",
      subject="nhu cầu thùng rác nhựa gia đình"),
    F("trên 18 triệu", "18", 18e6, "count", "chiếc", approx="over", status="estimate",
      subject="nhu cầu thùng rác nhựa gia đình của các đô thị loại I trở lên"),
    F("khoảng 35 triệu", "35", 35e6, "measure", "chiếc/năm", approx="about", percent=65,
      subject="công suất của các doanh nghiệp sản xuất trong nước"),
    F("từ 10 đến 20 lít", "10", 10, "measure", "lít", value_max=20,
      subject="dung tích thùng rác đối với rác thực phẩm"),
    F("2025, 85%", "85", 85, "percent", "%", status="target",
      subject="chất thải rắn sinh hoạt đô thị được thu gom, xử lý đáp ứng yêu cầu", period=TO25),
    F("đạt 95%", "95", 95, "percent", "%", status="target",
      subject="tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đáp ứng yêu cầu", period=TO30),
    F("tổ chức 3 hội nghị", "3", 3, "count", "hội nghị", status="forecast",
      subject="hội nghị tập huấn", period=Q4),
]

NOTES = [
    "Ministry site (Bộ Tài nguyên và Môi trường): breadcrumb, '07/08/2024 | 10:25 | Cục Kiểm soát ô nhiễm môi trường', related links, address footer.",
    "Distractors: 'từ ngày 1/1/2025' (headline date), 10:25, 'Nghị định số 08/2022/NĐ-CP', 'đô thị loại I', 'phiên bản 2.0', 'Số 10 Tôn Thất Thuyết'.",
    "National figures: location Việt Nam; the list Đà Nẵng / Hà Nội / TP Hồ Chí Minh shares the indicator 'tỷ lệ hộ ... phân loại tại nguồn' and each",
    "place is that item's location. The three training venues do not make the forecast 3 hội nghị local.",
    "'mỗi ngày' and 'chiếc/năm' are rate denominators: 67.900 and 38.300 are tấn/ngày (38.300 after 'trong đó' takes total 67.900).",
    "'16 địa phương còn lại' has no part-of cue: no total; it shares the as-of date of its sentence.",
    "'mỗi hộ gia đình cần tối thiểu 2 thùng rác' is a per-household rate: measure, thùng rác/hộ, at_least.",
    "'ước khoảng 54 triệu chiếc' → estimate + about; 'riêng ... cần trên 18 triệu chiếc' continues that clause after ';' → estimate (borderline).",
    "'tương đương gần 65% nhu cầu' is the percent attribute of the 35 triệu capacity (the 'gần' of the attribute is not scored).",
    "'dung tích từ 10 đến 20 lít' is a recommended size stated as a fact: a required measure range.",
    "revised after the first run: 26,9 triệu subject 'hộ trên cả nước' → 'hộ' ('trên cả nước' is the location Việt Nam, not the indicator);",
    "35 triệu subject '... sản xuất thùng rác trong nước' → 'công suất của các doanh nghiệp sản xuất trong nước' ('thùng rác' is not in that sentence).",
    "'Mục tiêu đến năm 2025' and 'đến năm 2030 ... đạt' → target with start null; 'Dự kiến trong quý IV/2024' → forecast.",
]

if __name__ == "__main__":
    write("p1508-4", TEXT, NOTES, FIGS, published="2024-08-07", location="Việt Nam")
