"""p689-4: Bộ VHTTDL ministry site — national domestic-violence figures 2023, provinces, models, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin tức » Gia đình
Ngày đăng: 28/03/2024 | Lượt xem: 3.027

Năm 2023, số vụ bạo lực gia đình giảm 9,4%

Theo báo cáo của Vụ Gia đình, năm 2023 cả nước phát hiện 4.187 vụ bạo lực gia đình, giảm 9,4% so với năm 2022. Số nạn nhân là 4.361 người, trong đó nữ giới chiếm 78,6%, trẻ em chiếm 9,2%.

Các địa phương phát hiện nhiều vụ việc nhất gồm Nghệ An (248 vụ), Thanh Hóa (231 vụ), Hà Nội (196 vụ) và Đắk Lắk (173 vụ).

Đến hết năm 2023, 63/63 tỉnh, thành phố đã ban hành kế hoạch triển khai Luật Phòng, chống bạo lực gia đình năm 2022 và Nghị định số 76/2023/NĐ-CP; cả nước có hơn 78.000 mô hình, câu lạc bộ phòng, chống bạo lực gia đình và khoảng 51.600 "địa chỉ tin cậy" ở cộng đồng.

Tỷ lệ nạn nhân được tư vấn, hỗ trợ đạt 96,8%, tăng 2,3 điểm phần trăm so với năm 2022; 88,5% người gây bạo lực được giáo dục, góp ý tại cộng đồng. Tuy vậy, chỉ khoảng 12% nạn nhân chủ động trình báo với chính quyền địa phương.

Theo Kế hoạch thực hiện Chiến lược phát triển gia đình Việt Nam đến năm 2030, phấn đấu đến năm 2025 số hộ gia đình có bạo lực giảm bình quân 5-7% mỗi năm; 100% nạn nhân bạo lực gia đình được phát hiện được hỗ trợ, tư vấn.

Bộ đề nghị các địa phương tổ chức hiệu quả các hoạt động hưởng ứng Ngày Gia đình Việt Nam 28/6 và Tháng hành động quốc gia về phòng, chống bạo lực gia đình năm 2024; thông tin phản ánh xin gửi về Vụ Gia đình, số 51 Ngô Quyền, Hà Nội, điện thoại 024.3943.8231.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
HY = P("Năm 2023", "2023-01-01", "2023-12-31")
H23 = P("Đến hết năm 2023", None, "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("gia đình giảm 9,4%\n", "9,4", 9.4, "percent", "%", "số vụ bạo lực gia đình giảm", HY),
    F("phát hiện 4.187 vụ", "4.187", 4187, "count", "vụ", "vụ bạo lực gia đình phát hiện", Y23,
      change=CH("decrease", 9.4, "%", "năm 2022")),
    F("là 4.361 người", "4.361", 4361, "count", "người", "nạn nhân bạo lực gia đình", I(Y23)),
    F("chiếm 78,6%", "78,6", 78.6, "percent", "%", "nữ giới chiếm", I(Y23)),
    F("chiếm 9,2%", "9,2", 9.2, "percent", "%", "trẻ em chiếm", I(Y23)),
    F("Nghệ An (248 vụ)", "248", 248, "count", "vụ", "vụ bạo lực gia đình phát hiện", I(Y23), location="Nghệ An"),
    F("Thanh Hóa (231 vụ)", "231", 231, "count", "vụ", "vụ bạo lực gia đình phát hiện", I(Y23), location="Thanh Hóa"),
    F("Hà Nội (196 vụ)", "196", 196, "count", "vụ", "vụ bạo lực gia đình phát hiện", I(Y23), location="Hà Nội"),
    F("Đắk Lắk (173 vụ)", "173", 173, "count", "vụ", "vụ bạo lực gia đình phát hiện", I(Y23), location="Đắk Lắk"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã ban hành kế hoạch triển khai Luật Phòng, chống bạo lực gia đình", H23, total=63),
    F("hơn 78.000 mô hình", "78.000", 78000, "count", "mô hình, câu lạc bộ",
      "mô hình, câu lạc bộ phòng, chống bạo lực gia đình", H23, approx="over"),
    F("khoảng 51.600", "51.600", 51600, "count", "địa chỉ tin cậy", "\"địa chỉ tin cậy\" ở cộng đồng", H23,
      approx="about"),
    F("đạt 96,8%", "96,8", 96.8, "percent", "%", "tỷ lệ nạn nhân được tư vấn, hỗ trợ", I(Y23),
      change=CH("increase", 2.3, "điểm phần trăm", "năm 2022")),
    F("; 88,5% người", "88,5", 88.5, "percent", "%", "người gây bạo lực được giáo dục, góp ý tại cộng đồng", I(Y23)),
    F("khoảng 12% nạn nhân", "12", 12, "percent", "%",
      "nạn nhân chủ động trình báo với chính quyền địa phương", I(Y23), approx="about"),
    F("bình quân 5-7%", "5", 5, "percent", "%", "số hộ gia đình có bạo lực giảm bình quân mỗi năm", T25,
      value_max=7, status="target"),
    F("; 100% nạn nhân", "100", 100, "percent", "%",
      "nạn nhân bạo lực gia đình được phát hiện được hỗ trợ, tư vấn", T25, status="target"),
]

COMMENTS = [
    "Bộ Văn hóa, Thể thao và Du lịch site (invented): Vụ Gia đình — bạo lực gia đình năm 2023, national.",
    "'Ngày đăng: 28/03/2024 | Lượt xem: 3.027' gives published; the counter is furniture. National figures: location Việt Nam.",
    "'trong đó nữ giới chiếm 78,6%' is the share of a part, not of 4.361 (the whole): a percent figure of its own, as are 9,2%, no total.",
    "Province list after 'Các địa phương … gồm' (no whole figure before the cue): no total. 'tăng 2,3 điểm phần trăm' is 96,8%'s change.",
    "revised after the first run: subjects of 78,6% / 9,2% now 'nữ giới chiếm' / 'trẻ em chiếm' (as the sentence names the part; shared h08 convention).",
    "'Luật … năm 2022', 'Nghị định số 76/2023/NĐ-CP', 'Chiến lược … đến năm 2030' (a name), '28/6', address and phone are not figures.",
]

if __name__ == "__main__":
    emit("p689-4", TEXT, COMMENTS, FIGS, published="2024-03-28", location="Việt Nam")
