"""p1134-5: Party newspaper (Báo Lâm Đồng) feature on public toilets in central Đà Lạt; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Đà Lạt: Nâng chất nhà vệ sinh công cộng ở trung tâm thành phố

Là điểm đến của hơn 8 triệu lượt khách năm 2023, thành phố Đà Lạt hiện có 38 nhà vệ sinh công cộng, trong đó 22 nhà do Công ty Cổ phần Dịch vụ đô thị Đà Lạt quản lý, số còn lại giao cho các hộ kinh doanh khai thác theo hợp đồng. Năm 2023, thành phố chi 4,8 tỷ đồng để cải tạo 11 nhà, lắp đặt thêm ba nhà vệ sinh lắp ghép tại khu vực hồ Xuân Hương.

Nhà vệ sinh công cộng cạnh chợ Đà Lạt (phường 1) là điểm quá tải nhất. Vào các dịp lễ, Tết, nơi đây phục vụ khoảng 2.500 lượt người mỗi ngày, gấp đôi ngày thường. Bà Nguyễn Thị Hạnh, người nhận khoán vận hành nhà vệ sinh này cho biết, mức phí 3.000 đồng/lượt đủ để trả lương cho 4 nhân viên dọn dẹp và tiền điện, nước; mỗi tháng bà nộp cho công ty 12 triệu đồng tiền khoán.

Theo Phòng Quản lý đô thị thành phố, trong năm 2023, đường dây nóng của UBND thành phố nhận 19 phản ánh liên quan đến nhà vệ sinh công cộng, tăng 5 phản ánh so với năm 2022, phần lớn về mùi hôi và thu phí cao hơn giá niêm yết.

Năm 2024, Đà Lạt dự kiến đầu tư khoảng 6 tỷ đồng xây mới 5 nhà vệ sinh đạt chuẩn tại các điểm du lịch Thung lũng Tình Yêu, đồi chè Cầu Đất và quảng trường Lâm Viên. Toàn tỉnh Lâm Đồng phấn đấu đến năm 2025 có trên 90% nhà vệ sinh tại khu, điểm du lịch đạt chuẩn, từ mức 71% hiện nay.

NGỌC NGÂN
18/03/2024
"""

Y23_LEAD = P("năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23_HOT = P("trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 8 triệu", "8", 8000000, "count", "lượt khách", approx="over",
      subject="lượt khách đến Đà Lạt", period=Y23_LEAD),
    F("có 38 nhà", "38", 38, "count", "nhà vệ sinh công cộng", subject="nhà vệ sinh công cộng"),
    F("22 nhà", "22", 22, "count", "nhà", total=38,
      subject="nhà vệ sinh công cộng do Công ty Cổ phần Dịch vụ đô thị Đà Lạt quản lý"),
    F("chi 4,8 tỷ", "4,8", 4800000000, "money", "đồng",
      subject="kinh phí cải tạo, lắp đặt nhà vệ sinh công cộng", period=Y23),
    F("cải tạo 11 nhà", "11", 11, "count", "nhà", subject="nhà vệ sinh công cộng được cải tạo", period=Y23),
    F("thêm ba nhà", "ba", 3, "count", "nhà vệ sinh lắp ghép",
      subject="nhà vệ sinh lắp ghép lắp đặt thêm tại khu vực hồ Xuân Hương", period=Y23),
    F("khoảng 2.500 lượt", "2.500", 2500, "count", "lượt người", approx="about",
      change=C("increase", 2, "lần", "ngày thường"),
      subject="lượt người sử dụng nhà vệ sinh cạnh chợ Đà Lạt mỗi ngày dịp lễ, Tết"),
    F("mức phí 3.000", "3.000", 3000, "money", "đồng/lượt", subject="mức phí sử dụng nhà vệ sinh cạnh chợ Đà Lạt"),
    F("cho 4 nhân viên", "4", 4, "count", "nhân viên", subject="nhân viên dọn dẹp nhà vệ sinh cạnh chợ Đà Lạt"),
    F("công ty 12 triệu", "12", 12000000, "money", "đồng",
      subject="tiền khoán nộp cho công ty mỗi tháng"),
    F("nhận 19 phản ánh", "19", 19, "count", "phản ánh",
      change=C("increase", 5, "phản ánh", "năm 2022"),
      subject="phản ánh liên quan đến nhà vệ sinh công cộng", period=Y23_HOT),
    F("khoảng 6 tỷ", "6", 6000000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí đầu tư xây mới nhà vệ sinh đạt chuẩn", period=Y24),
    F("mới 5 nhà", "5", 5, "count", "nhà vệ sinh", status="forecast",
      subject="nhà vệ sinh đạt chuẩn xây mới tại các điểm du lịch", period=Y24),
    F("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
      subject="nhà vệ sinh tại khu, điểm du lịch đạt chuẩn", period=TO25, location="Lâm Đồng"),
    F("mức 71%", "71", 71, "percent", "%",
      subject="tỷ lệ nhà vệ sinh tại khu, điểm du lịch đạt chuẩn hiện nay", location="Lâm Đồng"),
]

NOTES = [
    "Party newspaper (Báo Lâm Đồng) feature; byline 'NGỌC NGÂN' and bare date '18/03/2024' at the end (published). Default location Đà Lạt.",
    "'hiện có 38 nhà' in the same sentence as 'năm 2023' (which belongs to 8 triệu): 'hiện' → no period for 38 / 22.",
    "Passage about one toilet (cạnh chợ Đà Lạt, phường 1): 'gấp đôi ngày thường' is the change of 2.500 (đôi = 2 lần); 'phường 1' is a ward name, location stays Đà Lạt.",
    "'mỗi tháng bà nộp cho công ty 12 triệu đồng' keeps unit đồng (written without /tháng). 'Toàn tỉnh Lâm Đồng phấn đấu đến năm 2025 ... trên 90%' → target, Lâm Đồng;",
    "'từ mức 71% hiện nay' is today's level → actual, Lâm Đồng, no period.",
    "Distractors: 'phường 1', 'NGỌC NGÂN', 'năm 2022' baseline, place names Thung lũng Tình Yêu, Cầu Đất.",
]

if __name__ == "__main__":
    write("p1134-5", TEXT, NOTES, FIGS, published="2024-03-18", location="Đà Lạt")
