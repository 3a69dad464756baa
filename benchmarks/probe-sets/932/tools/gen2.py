"""p932-2: huyện Cái Bè (Tiền Giang) district portal, early-2024 inspection round."""
from lib import F, period, inherit, change, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÁI BÈ
Trang chủ / Tin tức / Văn hóa - Xã hội
Ngày đăng: 05/03/2024

Cái Bè ra quân kiểm tra điểm kinh doanh bi-a, internet đầu năm

Từ ngày 15/01 đến 29/02/2024, Đội kiểm tra liên ngành về văn hóa – xã hội huyện Cái Bè đã kiểm tra 74 cơ sở kinh doanh dịch vụ văn hóa trên địa bàn 16 xã, thị trấn, gồm 41 cơ sở bi-a, 26 điểm internet – trò chơi điện tử và 7 cơ sở karaoke.

Qua kiểm tra, đoàn lập biên bản 9 trường hợp vi phạm, giảm 5 trường hợp so với cùng đợt kiểm tra năm 2023; xử phạt 8 trường hợp với số tiền 37,5 triệu đồng, chuyển UBND xã Hậu Mỹ Bắc A xử lý 1 trường hợp. Lỗi phổ biến là mở cửa sau 22 giờ, không có nội quy, để người chưa đủ 18 tuổi chơi bi-a trong giờ học. Một cơ sở tại ấp 3, xã Mỹ Đức Tây bị tạm đình chỉ hoạt động 2 tháng.

Theo Phòng Văn hóa và Thông tin huyện, tính đến cuối tháng 2/2024, toàn huyện có 183 cơ sở kinh doanh bi-a với khoảng 640 bàn, bình quân 3,5 bàn/cơ sở; 58 điểm cung cấp dịch vụ internet, trò chơi điện tử công cộng. Giá thuê bàn bi-a phổ biến từ 20.000 đến 40.000 đồng/giờ, giá truy cập internet từ 5.000 đến 8.000 đồng/giờ.

Năm 2024, huyện phấn đấu 100% cơ sở kinh doanh bi-a, trò chơi điện tử ký cam kết chấp hành quy định về giờ hoạt động; mỗi quý kiểm tra ít nhất 20 cơ sở.

Phòng Văn hóa và Thông tin huyện Cái Bè
"""

RUN = period("Từ ngày 15/01 đến 29/02/2024", "2024-01-15", "2024-02-29")
ASOF = period("tính đến cuối tháng 2/2024", None, "2024-02-29")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("kiểm tra 74 cơ sở", "74", 74, "count", "cơ sở", "cơ sở kinh doanh dịch vụ văn hóa được kiểm tra", RUN),
    F("địa bàn 16 xã", "16", 16, "count", "xã, thị trấn", "xã, thị trấn được kiểm tra", RUN),
    F("gồm 41 cơ sở bi-a", "41", 41, "count", "cơ sở bi-a", "cơ sở bi-a được kiểm tra", RUN, total=74),
    F("26 điểm internet", "26", 26, "count", "điểm internet – trò chơi điện tử",
      "điểm internet – trò chơi điện tử được kiểm tra", RUN, total=74),
    F("và 7 cơ sở karaoke", "7", 7, "count", "cơ sở karaoke", "cơ sở karaoke được kiểm tra", RUN, total=74),
    F("lập biên bản 9 trường hợp", "9", 9, "count", "trường hợp", "trường hợp vi phạm bị lập biên bản",
      inherit(RUN), change=change("decrease", 5, "trường hợp", "cùng đợt kiểm tra năm 2023")),
    F("xử phạt 8 trường hợp", "8", 8, "count", "trường hợp", "trường hợp bị xử phạt", inherit(RUN)),
    F("số tiền 37,5 triệu đồng", "37,5", 37.5e6, "money", "đồng", "số tiền xử phạt", inherit(RUN)),
    F("xử lý 1 trường hợp", "1", 1, "count", "trường hợp", "trường hợp chuyển UBND xã xử lý", inherit(RUN)),
    F("chưa đủ 18 tuổi", "18", 18, "measure", "tuổi", approx="under", optional=True),
    F("hoạt động 2 tháng", "2", 2, "measure", "tháng", "thời hạn tạm đình chỉ hoạt động", optional=True),
    F("có 183 cơ sở", "183", 183, "count", "cơ sở", "cơ sở kinh doanh bi-a", ASOF),
    F("khoảng 640 bàn", "640", 640, "count", "bàn", "bàn bi-a", ASOF, approx="about"),
    F("bình quân 3,5 bàn/cơ sở", "3,5", 3.5, "measure", "bàn/cơ sở", "số bàn bình quân mỗi cơ sở bi-a", ASOF),
    F("58 điểm cung cấp", "58", 58, "count", "điểm", "điểm cung cấp dịch vụ internet, trò chơi điện tử công cộng",
      ASOF),
    F("từ 20.000 đến 40.000 đồng/giờ", "20.000", 20000, "money", "đồng/giờ", "giá thuê bàn bi-a", inherit(ASOF),
      value_max=40000),
    F("từ 5.000 đến 8.000 đồng/giờ", "5.000", 5000, "money", "đồng/giờ", "giá truy cập internet", inherit(ASOF),
      value_max=8000),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở kinh doanh bi-a, trò chơi điện tử ký cam kết chấp hành quy định về giờ hoạt động", Y24,
      status="target"),
    F("ít nhất 20 cơ sở", "20", 20, "count", "cơ sở", "cơ sở được kiểm tra mỗi quý", Y24,
      approx="at_least", status="target"),
]

NOTES = [
    "Cái Bè district portal (Tiền Giang): inspection round 15/01-29/02/2024, counts and prices as of end of February.",
    "Not figures: dates, 22 giờ (time of day), ấp 3, xã Hậu Mỹ Bắc A. Optional: 'chưa đủ 18 tuổi' (threshold),",
    "'tạm đình chỉ hoạt động 2 tháng' (a sanction's length). The explicit date range gives the inspection period.",
    "Prices in the sentence after 'tính đến cuối tháng 2/2024' inherit that as-of date.",
]

write(2, TEXT, FIGS, NOTES, published="2024-03-05", location="Cái Bè")
