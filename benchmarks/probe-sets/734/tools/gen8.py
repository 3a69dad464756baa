"""p734-8: City portal (Hội An) — old-town public toilets, 9 months of 2023."""
from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HỘI AN
Tin tức - Sự kiện
Ngày cập nhật 05/10/2023

Hội An: 9 tháng, nhà vệ sinh công cộng phố cổ phục vụ gần 1,8 triệu lượt khách

Theo Trung tâm Quản lý bảo tồn di sản văn hóa Hội An, 9 tháng năm 2023, 27 nhà vệ sinh công cộng trong khu phố cổ đã phục vụ 1.786.400 lượt khách, tăng 62,4% so với cùng kỳ năm 2022. Trong đó, quý III phục vụ 715.000 lượt, cao nhất từ trước đến nay.

Các nhà vệ sinh được bố trí tại các tuyến phố Trần Phú, Nguyễn Thái Học, Bạch Đằng, khu vực Chùa Cầu và bến thuyền sông Hoài. Theo Quyết định số 1579/QĐ-UBND ngày 20/4/2023 của UBND thành phố, việc vận hành được giao cho 3 doanh nghiệp theo hình thức xã hội hóa; khách có vé tham quan được sử dụng miễn phí, khách vãng lai trả 3.000 đồng/lượt.

Tổng kinh phí duy trì 9 tháng là 2,16 tỷ đồng, đạt 72% dự toán năm; trong đó nguồn thu từ giá dịch vụ 1,38 tỷ đồng, ngân sách thành phố hỗ trợ 780 triệu đồng.

Quý IV/2023, thành phố dự kiến cải tạo 4 nhà vệ sinh xuống cấp tại phường Minh An, Cẩm Phô với kinh phí khoảng 1.250 triệu đồng; đồng thời lắp đặt 8 biển chỉ dẫn song ngữ Việt - Anh.

Phấn đấu năm 2024, 100% nhà vệ sinh trong khu phố cổ đạt chuẩn phục vụ khách du lịch, tỷ lệ du khách hài lòng từ 90% trở lên.

Liên hệ: Trung tâm Quản lý bảo tồn di sản văn hóa Hội An, số 10B Trần Hưng Đạo, điện thoại 0235.3862.367.
"""

M9H = P("9 tháng", "2023-01-01", "2023-09-30")
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q3 = P("quý III", "2023-07-01", "2023-09-30")
Q4 = P("Quý IV/2023", "2023-10-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 1,8 triệu lượt khách", "1,8", 1.8e6, "count", "lượt khách", "lượt khách được nhà vệ sinh công cộng phố cổ phục vụ", M9H,
      approx="nearly"),
    F("27 nhà vệ sinh", "27", 27, "count", "nhà vệ sinh", "nhà vệ sinh công cộng trong khu phố cổ", M9),
    F("phục vụ 1.786.400 lượt khách", "1.786.400", 1786400, "count", "lượt khách", "lượt khách được nhà vệ sinh công cộng phục vụ", M9,
      change=CH("increase", 62.4, baseline="cùng kỳ năm 2022")),
    F("phục vụ 715.000 lượt", "715.000", 715000, "count", "lượt", "lượt khách được nhà vệ sinh công cộng phục vụ quý III", Q3),
    F("cho 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp vận hành nhà vệ sinh theo hình thức xã hội hóa"),
    F("trả 3.000 đồng/lượt", "3.000", 3000, "money", "đồng/lượt", "giá sử dụng nhà vệ sinh của khách vãng lai"),
    F("là 2,16 tỷ đồng", "2,16", 2.16e9, "money", "đồng", "tổng kinh phí duy trì nhà vệ sinh", M9H, percent=72),
    F("dịch vụ 1,38 tỷ đồng", "1,38", 1.38e9, "money", "đồng", "nguồn thu từ giá dịch vụ", I(M9H), total=2.16e9),
    F("hỗ trợ 780 triệu đồng", "780", 780e6, "money", "đồng", "ngân sách thành phố hỗ trợ", I(M9H), total=2.16e9),
    F("cải tạo 4 nhà vệ sinh", "4", 4, "count", "nhà vệ sinh", "nhà vệ sinh xuống cấp được cải tạo", Q4, status="forecast"),
    F("khoảng 1.250 triệu đồng", "1.250", 1.25e9, "money", "đồng", "kinh phí cải tạo nhà vệ sinh", Q4, approx="about",
      status="forecast"),
    F("lắp đặt 8 biển", "8", 8, "count", "biển chỉ dẫn", "biển chỉ dẫn song ngữ Việt - Anh lắp đặt", Q4, status="forecast"),
    F("năm 2024, 100%", "100", 100, "percent", "%", "nhà vệ sinh trong khu phố cổ đạt chuẩn phục vụ khách du lịch", Y24,
      status="target"),
    F("từ 90% trở lên", "90", 90, "percent", "%", "tỷ lệ du khách hài lòng", Y24, approx="at_least", status="target"),
]

COMMENTS = [
    "Hội An city portal, 'Ngày cập nhật 05/10/2023': old-town public toilets in the first 9 months of 2023.",
    "Not figures: 'Quyết định số 1579/QĐ-UBND ngày 20/4/2023', 'số 10B Trần Hưng Đạo', the phone 0235.3862.367.",
    "Headline '9 tháng' takes the year of the dateline (2023). 'Trong đó, quý III ... 715.000 lượt' is a sub-period, not the same",
    "period as the 9-month whole, so it gets no total. '2,16 tỷ đồng, đạt 72% dự toán năm' -> percent 72; its two parts after 'trong đó' -> total.",
    "'dự kiến cải tạo ...; đồng thời lắp đặt 8 biển' -> forecast continues. 'từ 90% trở lên' -> at_least.",
]

if __name__ == "__main__":
    emit("p734-8", TEXT, COMMENTS, FIGS, published="2023-10-05", location="Hội An")
