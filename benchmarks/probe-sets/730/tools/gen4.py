import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, Y, CH, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ / Tin tức / Gia đình
Hơn 94% đám cưới trên cả nước thực hiện nếp sống văn minh
28/11/2024 09:41

(BVHTTDL) - Theo tổng hợp của Vụ Gia đình, năm 2023 cả nước có 94,1% đám cưới và 96,3% đám tang thực hiện theo nếp sống văn minh; tỷ lệ hỏa táng bình quân đạt 28,5%, tăng 2,3% so với năm 2022. Các địa phương có tỷ lệ hỏa táng cao gồm TP. Hồ Chí Minh (91,6%), Đà Nẵng (76,4%), Hà Nội (68,2%), Hải Phòng (55,7%); thấp nhất là một số tỉnh miền núi phía Bắc với dưới 1%.

Đến nay, 63/63 tỉnh, thành phố đã ban hành quy định về thực hiện nếp sống văn minh trong việc cưới, việc tang; cả nước có 82.460 hương ước, quy ước được công nhận, trong đó 79.115 bản có nội dung về việc cưới, việc tang, chiếm 95,9%.

Theo Quyết định số 1512/QĐ-TTg ngày 23/12/2023 của Thủ tướng Chính phủ, mục tiêu đến năm 2025 tỷ lệ hỏa táng ở đô thị đạt 30% và đến năm 2030 đạt 50%. Dự kiến năm 2024, tỷ lệ hỏa táng toàn quốc đạt khoảng 30,5%.

Để khuyến khích tiết kiệm, nhiều địa phương hỗ trợ người dân từ 2 đến 5 triệu đồng/ca hỏa táng; riêng Thái Bình đã chi hơn 210 tỷ đồng hỗ trợ hỏa táng từ năm 2021 đến nay.

Vụ trưởng Vụ Gia đình Lê Hồng Sơn cho biết, trong giai đoạn 2025-2030, Bộ sẽ phối hợp với Ủy ban Trung ương MTTQ Việt Nam tiếp tục gắn việc thực hiện nếp sống văn minh với Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", lấy mốc Ngày Gia đình Việt Nam 28/6 hằng năm để biểu dương các điển hình.

Cổng thông tin điện tử Bộ Văn hóa, Thể thao và Du lịch
Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

Y23 = Y(2023)
NOW = P("Đến nay", None, "2024-11-28")
FIGS = [
    F("Hơn 94%", "94", 94, "percent", "%", "đám cưới trên cả nước thực hiện nếp sống văn minh", I(Y23), approx="over"),
    F("có 94,1%", "94,1", 94.1, "percent", "%", "đám cưới thực hiện theo nếp sống văn minh", Y23),
    F("và 96,3%", "96,3", 96.3, "percent", "%", "đám tang thực hiện theo nếp sống văn minh", Y23),
    F("đạt 28,5%", "28,5", 28.5, "percent", "%", "tỷ lệ hỏa táng bình quân", Y23,
      change=CH("increase", 2.3, baseline="năm 2022")),
    F("Minh (91,6%)", "91,6", 91.6, "percent", "%", "tỷ lệ hỏa táng", I(Y23), location="TP. Hồ Chí Minh"),
    F("Đà Nẵng (76,4%)", "76,4", 76.4, "percent", "%", "tỷ lệ hỏa táng", I(Y23), location="Đà Nẵng"),
    F("Hà Nội (68,2%)", "68,2", 68.2, "percent", "%", "tỷ lệ hỏa táng", I(Y23), location="Hà Nội"),
    F("Hải Phòng (55,7%)", "55,7", 55.7, "percent", "%", "tỷ lệ hỏa táng", I(Y23), location="Hải Phòng"),
    F("dưới 1%", "1", 1, "percent", "%", "tỷ lệ hỏa táng một số tỉnh miền núi phía Bắc", I(Y23), approx="under"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã ban hành quy định về thực hiện nếp sống văn minh trong việc cưới, việc tang", NOW, total=63),
    F("có 82.460 hương ước", "82.460", 82460, "count", "hương ước, quy ước", "hương ước, quy ước được công nhận", NOW),
    F("79.115 bản", "79.115", 79115, "count", "bản", "hương ước, quy ước có nội dung về việc cưới, việc tang", NOW,
      total=82460, percent=95.9),
    F("đạt 30% và", "30", 30, "percent", "%", "tỷ lệ hỏa táng ở đô thị",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("đạt 50%", "50", 50, "percent", "%", "tỷ lệ hỏa táng ở đô thị",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("khoảng 30,5%", "30,5", 30.5, "percent", "%", "tỷ lệ hỏa táng toàn quốc", Y(2024),
      approx="about", status="forecast"),
    F("từ 2 đến 5 triệu", "2", 2_000_000, "money", "đồng/ca", "mức hỗ trợ người dân hỏa táng", value_max=5_000_000),
    F("hơn 210 tỷ", "210", 210_000_000_000, "money", "đồng", "kinh phí hỗ trợ hỏa táng",
      P("từ năm 2021 đến nay", "2021-01-01", "2024-11-28"), approx="over", location="Thái Bình"),
]

COMMENTS = [
    "Ministry site (Bộ VHTTDL): national results 2023 of weddings/funerals under the civilised-lifestyle rules, cremation by city,",
    "covenants, national cremation targets and a forecast, cremation support. Dateline '28/11/2024 09:41' under the headline.",
    "National figures: location Việt Nam; cities in the bracketed list are each item's location; 'một số tỉnh miền núi phía Bắc'",
    "names no province, so 'dưới 1%' stays Việt Nam. 'Đến nay' = as of the dateline (start null).",
    "'mục tiêu đến năm 2025 ... 30% và đến năm 2030 đạt 50%' are target figures (end-of-year periods, start null).",
    "'Dự kiến năm 2024 ... khoảng 30,5%' is a forecast.",
    "Distractors: Quyết định số 1512/QĐ-TTg ngày 23/12/2023, 'giai đoạn 2025-2030', 'Ngày Gia đình Việt Nam 28/6',",
    "51 Ngô Quyền, 024.3943.8231.",
]

if __name__ == "__main__":
    emit("p730-4", TEXT, COMMENTS, FIGS, published="2024-11-28", location="Việt Nam")
