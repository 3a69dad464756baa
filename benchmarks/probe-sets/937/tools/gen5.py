"""p937-5: Báo Lâm Đồng - vang nho, siro nho của một công ty ở Lâm Đồng (7 tháng 2023); byline + bare date at the end."""
from lib import F, P, I, C, T, build

TEXT = """
BÁO LÂM ĐỒNG
Kinh tế

Vang nho Lâm Đồng vươn ra thị trường nước ngoài

Tại nhà máy của Công ty CP Rượu vang Lâm Viên ở Khu công nghiệp Phú Hội, 2 dây chuyền chiết rót hoạt động liên tục. 7 tháng đầu năm 2023, công ty sản xuất 1,62 triệu lít vang nho, tăng 12,5% so với cùng kỳ; doanh thu ước đạt 186 tỷ đồng, bằng 58% kế hoạch năm.

Để có nguyên liệu, mỗi năm công ty thu mua khoảng 3.000 tấn nho đỏ từ các vùng trồng ở Ninh Thuận, Bình Thuận với giá bao tiêu 15.000 đồng/kg, cao hơn khoảng 3.000 đồng/kg so với giá thị trường lúc thấp điểm. Ngay tại Lâm Đồng, công ty liên kết với 64 hộ ở huyện Đơn Dương trồng 38 ha nho làm rượu.

Bên cạnh vang nho, công ty còn sản xuất siro nho và nước ép nho. Trong 7 tháng, sản lượng siro nho đạt 145.000 chai loại 750 ml, tiêu thụ chủ yếu tại TP Hồ Chí Minh, Hà Nội và Đà Nẵng. Sản phẩm vang của công ty đã có mặt tại 5 quốc gia; 7 tháng qua xuất khẩu 14 container sang Nhật Bản và Hàn Quốc, kim ngạch khoảng 420.000 USD.

Theo Sở Công Thương, toàn tỉnh hiện có 11 cơ sở sản xuất rượu vang, tổng công suất thiết kế khoảng 6 triệu lít/năm; năm 2022 sản lượng vang đạt 3,9 triệu lít, nộp ngân sách trên 95 tỷ đồng.

Ông Trần Văn Hai, Giám đốc công ty cho biết, năm 2023 công ty phấn đấu đạt doanh thu 320 tỷ đồng; dự kiến trong quý IV/2023 lắp thêm 2 bồn lên men, dung tích 50.000 lít mỗi bồn.

KHÁNH PHÚC
25/08/2023
"""

M7 = P("7 tháng đầu năm 2023", "2023-01-01", "2023-07-31")
T7 = P("Trong 7 tháng", "2023-01-01", "2023-07-31")
Q7 = P("7 tháng qua", "2023-01-01", "2023-07-31")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")

FIGS = [
    F("2 dây chuyền", "2", "count", "dây chuyền", "dây chuyền chiết rót của nhà máy", optional=True),
    F("sản xuất 1,62 triệu lít", "1,62", "measure", "lít", "vang nho công ty sản xuất", m=1e6, period=M7,
      change=C("increase", 12.5, "%", "cùng kỳ")),
    F("ước đạt 186 tỷ đồng", "186", "money", "đồng", "doanh thu của công ty", m=1e9, period=M7,
      status="estimate", percent=58),
    F("khoảng 3.000 tấn", "3.000", "measure", "tấn/năm", "nho đỏ công ty thu mua mỗi năm", approx="about"),
    F("bao tiêu 15.000 đồng/kg", "15.000", "money", "đồng/kg", "giá bao tiêu nho đỏ",
      change=C("increase", 3000, "đồng/kg", "giá thị trường lúc thấp điểm", "about")),
    F("với 64 hộ", "64", "count", "hộ", "hộ liên kết trồng nho làm rượu", location="Đơn Dương"),
    F("trồng 38 ha", "38", "measure", "ha", "diện tích nho làm rượu liên kết", location="Đơn Dương"),
    F("đạt 145.000 chai", "145.000", "count", "chai", "sản lượng siro nho", period=T7),
    F("loại 750 ml", "750", "measure", "ml", "dung tích chai siro nho", optional=True),
    F("tại 5 quốc gia", "5", "count", "quốc gia", "quốc gia có mặt sản phẩm vang của công ty"),
    F("xuất khẩu 14 container", "14", "count", "container", "container vang xuất khẩu", period=Q7),
    F("khoảng 420.000 USD", "420.000", "money", "USD", "kim ngạch xuất khẩu vang", approx="about", period=Q7),
    F("có 11 cơ sở", "11", "count", "cơ sở", "cơ sở sản xuất rượu vang"),
    F("khoảng 6 triệu lít/năm", "6", "measure", "lít/năm", "tổng công suất thiết kế các cơ sở sản xuất rượu vang",
      m=1e6, approx="about"),
    F("đạt 3,9 triệu lít", "3,9", "measure", "lít", "sản lượng vang", m=1e6, period=Y22),
    F("trên 95 tỷ đồng", "95", "money", "đồng", "nộp ngân sách của các cơ sở sản xuất rượu vang", m=1e9,
      approx="over", period=Y22),
    F("doanh thu 320 tỷ đồng", "320", "money", "đồng", "doanh thu của công ty", m=1e9, status="target",
      period=Y23),
    F("thêm 2 bồn", "2", "count", "bồn lên men", "bồn lên men lắp thêm", status="forecast", period=Q4),
    F("dung tích 50.000 lít", "50.000", "measure", "lít", "dung tích mỗi bồn lên men", status="forecast",
      optional=True),
]

NOTES = [
    "Báo Lâm Đồng: vang nho, siro nho of a wine company in Lâm Đồng (7 months of 2023); byline KHÁNH PHÚC and bare date 25/08/2023 at the end.",
    "Not figures: 'Khu công nghiệp Phú Hội', names (Trần Văn Hai). Optional: '2 dây chuyền' (plant description), '750 ml' and",
    "'50.000 lít mỗi bồn' (specifications). Grapes bought in Ninh Thuận, Bình Thuận are the Lâm Đồng company's purchase: location Lâm Đồng;",
    "export partners (Nhật Bản, Hàn Quốc) and sales cities are not places of the figure. '7 tháng qua' = the first 7 months of 2023.",
    "'bằng 58% kế hoạch năm' is the share (percent) of 186 tỷ; the 320 tỷ target agrees with it.",
]

if __name__ == "__main__":
    build("p937-5", TEXT, FIGS, NOTES, published="2023-08-25", location="Lâm Đồng")
