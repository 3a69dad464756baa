"""p1087-7: Chi cục Chăn nuôi và Thú y Sơn La (department site, no dateline), one-cell-per-line table."""
from lib import F, make, period, inherit, change

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH SƠN LA
CHI CỤC CHĂN NUÔI VÀ THÚ Y
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả kiểm soát trâu, bò qua các chợ năm 2024

Năm 2024, trên địa bàn tỉnh Sơn La có 7 chợ trâu, bò hoạt động thường xuyên, lớn nhất là chợ Cò Nòi (huyện Mai Sơn) nằm trên Quốc lộ 6 và chợ Chiềng Pấc (huyện Thuận Châu). Tổng số trâu, bò giao dịch qua chợ đạt 27.480 con, tăng 7,3% so với năm 2023 và đạt 104% kế hoạch. Chi cục đã bố trí 12 chốt kiểm dịch, cấp giấy chứng nhận kiểm dịch cho 19.650 con xuất ra ngoài tỉnh. Tính đến 31/12/2024, 5/7 chợ đã có khu cách ly và khu tiêu độc khử trùng.

Số trâu, bò giao dịch qua các chợ
Đơn vị tính: con
Loại
Năm 2023
Năm 2024
Kế hoạch 2025
Trâu
5.430
5.610
5.800
Bò
20.180
21.870
23.200
Tổng số
25.610
27.480
29.000

Tại chợ Cò Nòi, giá trâu thịt hiện dao động 40-55 triệu đồng/con, bò thịt 22-35 triệu đồng/con; giá dịch vụ trông giữ 10.000 đồng/con/ngày.

Năm 2025, Chi cục phấn đấu 100% trâu, bò qua chợ được kiểm tra lâm sàng, tỷ lệ tiêm phòng lở mồm long móng đạt trên 80% tổng đàn.

CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH SƠN LA
Địa chỉ: Số 48, đường Chu Văn Thịnh, phường Chiềng Lề, TP Sơn La
Điện thoại: 0212.3852.416 - Email: ccty@sonla.gov.vn
Lượt truy cập: 356.204 | Đang online: 37
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
C24 = period("Năm 2024", "2024-01-01", "2024-12-31")
C25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 7 chợ", "7", 7, "count", "chợ", "chợ trâu, bò hoạt động thường xuyên", Y24),
    F("đạt 27.480 con", "27.480", 27480, "count", "con", "tổng số trâu, bò giao dịch qua chợ", inherit(Y24),
      percent=104, change=change("increase", 7.3, "%", "năm 2023")),
    F("bố trí 12 chốt", "12", 12, "count", "chốt kiểm dịch", "chốt kiểm dịch", inherit(Y24)),
    F("cho 19.650 con", "19.650", 19650, "count", "con", "trâu, bò xuất ra ngoài tỉnh được cấp giấy chứng nhận kiểm dịch",
      inherit(Y24)),
    F("2024, 5/7 chợ", "5", 5, "count", "chợ", "chợ đã có khu cách ly và khu tiêu độc khử trùng",
      period("Tính đến 31/12/2024", None, "2024-12-31"), total=7),
    F("Trâu\n5.430", "5.430", 5430, "count", "con", "trâu giao dịch qua các chợ năm 2023", C23),
    F("5.430\n5.610", "5.610", 5610, "count", "con", "trâu giao dịch qua các chợ năm 2024", C24),
    F("5.610\n5.800", "5.800", 5800, "count", "con", "trâu giao dịch qua các chợ kế hoạch 2025", C25, status="target"),
    F("Bò\n20.180", "20.180", 20180, "count", "con", "bò giao dịch qua các chợ năm 2023", C23),
    F("20.180\n21.870", "21.870", 21870, "count", "con", "bò giao dịch qua các chợ năm 2024", C24),
    F("21.870\n23.200", "23.200", 23200, "count", "con", "bò giao dịch qua các chợ kế hoạch 2025", C25, status="target"),
    F("Tổng số\n25.610", "25.610", 25610, "count", "con", "tổng số trâu, bò giao dịch qua các chợ năm 2023", C23),
    F("25.610\n27.480", "27.480", 27480, "count", "con", "tổng số trâu, bò giao dịch qua các chợ năm 2024", C24),
    F("27.480\n29.000", "29.000", 29000, "count", "con", "tổng số trâu, bò giao dịch qua các chợ kế hoạch 2025", C25,
      status="target"),
    F("dao động 40-55 triệu", "40", 40e6, "money", "đồng/con", "giá trâu thịt tại chợ Cò Nòi", value_max=55e6,
      location="Mai Sơn"),
    F("thịt 22-35 triệu", "22", 22e6, "money", "đồng/con", "giá bò thịt tại chợ Cò Nòi", value_max=35e6, location="Mai Sơn"),
    F("giữ 10.000 đồng/con/ngày", "10.000", 10000, "money", "đồng/con/ngày", "giá dịch vụ trông giữ trâu, bò",
      location="Mai Sơn"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "trâu, bò qua chợ được kiểm tra lâm sàng", Y25, status="target"),
    F("trên 80% tổng đàn", "80", 80, "percent", "%", "tỷ lệ tiêm phòng lở mồm long móng", Y25,
      approx="over", status="target"),
]

make("p1087-7", TEXT, FIGS, published=None, location="Sơn La", notes=[
    "Chi cục Chăn nuôi và Thú y Sơn La (department site): no dateline; footer with address, phone and a visit counter.",
    "One-cell-per-line table (Loại | Năm 2023 | Năm 2024 | Kế hoạch 2025; Đơn vị tính: con): period from the column header (scored);",
    "the Kế hoạch 2025 column is status target. '5/7 chợ' takes 7 as total. Prices at chợ Cò Nòi are Mai Sơn (district named).",
    "Distractors: Quốc lộ 6, Số 48 đường Chu Văn Thịnh, phone 0212.3852.416, Lượt truy cập 356.204, Đang online 37, Tính đến 31/12/2024 (a date).",
])
