"""p1517-3: ministry site (Bộ TT&TT, Cục Xuất bản, In và Phát hành): national calendar publishing 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ > Tin tức > Xuất bản - In - Phát hành

Năm 2024: Xuất bản hơn 96 triệu bản lịch, giảm 6,3%

27/12/2024 | 10:15 | Cục Xuất bản, In và Phát hành

Năm 2024, cả nước có 38/57 nhà xuất bản tham gia xuất bản lịch, đăng ký xuất bản 2.145 tên lịch với tổng số lượng khoảng 96,5 triệu bản, giảm 6,3% so với năm 2023. Trong đó, lịch treo tường có 1.280 tên với 47,8 triệu bản; lịch bloc 612 tên với 41,2 triệu bản; lịch để bàn và các loại khác 253 tên, 7,5 triệu bản.

Ba nhà xuất bản có số lượng lịch lớn nhất lần lượt là Nhà xuất bản Hồng Hà (18,6 triệu bản), Nhà xuất bản Phương Nam Mới (12,4 triệu bản) và Nhà xuất bản Tri Thức Việt (9,1 triệu bản). Ba đơn vị này chiếm 41,6% tổng số bản lịch cả nước.

Trong năm, qua kiểm tra, Cục đã đình chỉ phát hành 14 tên lịch vi phạm (in sai thông tin âm lịch, sử dụng bản đồ không thể hiện đúng chủ quyền), thu hồi gần 86.000 bản; xử phạt 9 tổ chức, cá nhân với tổng số tiền 412,5 triệu đồng.

Theo Cục Xuất bản, In và Phát hành, số lượng lịch có xu hướng giảm dần do người dân chuyển sang dùng lịch trên điện thoại. Cục dự báo số bản lịch xuất bản năm 2025 tiếp tục giảm khoảng 5-7%. Cục đề nghị các nhà xuất bản thực hiện nghiêm Thông tư số 01/2020/TT-BTTTT và rà soát kỹ nội dung lịch trước khi phát hành.

Bộ Thông tin và Truyền thông - Địa chỉ: 18 Nguyễn Du, Hà Nội
"""

Y24h = period("Năm 2024", "2024-01-01", "2024-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
I24 = inherit(Y24)
INY = period("Trong năm", "2024-01-01", "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
LIST = "số lượng lịch của nhà xuất bản"

FIGS = [
    F("Xuất bản hơn 96 triệu", "96", 96e6, "count", "bản", "bản lịch xuất bản", Y24h, approx="over",
      change=change("decrease", 6.3, "%")),
    F("có 38/57 nhà", "38", 38, "count", "nhà xuất bản", "nhà xuất bản tham gia xuất bản lịch", Y24, total=57),
    F("xuất bản 2.145 tên", "2.145", 2145, "count", "tên lịch", "tên lịch các nhà xuất bản đăng ký xuất bản", Y24),
    F("khoảng 96,5 triệu", "96,5", 96.5e6, "count", "bản", "tổng số lượng lịch đăng ký xuất bản", Y24,
      approx="about", change=change("decrease", 6.3, "%", "năm 2023")),
    F("có 1.280 tên", "1.280", 1280, "count", "tên", "tên lịch treo tường", I24, total=2145),
    F("với 47,8 triệu", "47,8", 47.8e6, "count", "bản", "bản lịch treo tường", I24, total=96.5e6),
    F("bloc 612 tên", "612", 612, "count", "tên", "tên lịch bloc", I24, total=2145),
    F("với 41,2 triệu", "41,2", 41.2e6, "count", "bản", "bản lịch bloc", I24, total=96.5e6),
    F("khác 253 tên", "253", 253, "count", "tên", "tên lịch để bàn và các loại khác", I24, total=2145),
    F("tên, 7,5 triệu", "7,5", 7.5e6, "count", "bản", "bản lịch để bàn và các loại khác", I24, total=96.5e6),
    F("Ba nhà xuất bản có", "Ba", 3, "count", "nhà xuất bản", "nhà xuất bản có số lượng lịch lớn nhất",
      optional=True),
    F("Hồng Hà (18,6 triệu", "18,6", 18.6e6, "count", "bản", LIST, I24),
    F("Mới (12,4 triệu", "12,4", 12.4e6, "count", "bản", LIST, I24),
    F("Việt (9,1 triệu", "9,1", 9.1e6, "count", "bản", LIST, I24),
    F("Ba đơn vị này", "Ba", 3, "count", "đơn vị", "nhà xuất bản có số lượng lịch lớn nhất", optional=True),
    F("chiếm 41,6%", "41,6", 41.6, "percent", "%", "tỷ trọng của ba nhà xuất bản trong tổng số bản lịch cả nước",
      I24),
    F("chỉ phát hành 14 tên", "14", 14, "count", "tên lịch", "tên lịch vi phạm bị đình chỉ phát hành", INY),
    F("gần 86.000 bản", "86.000", 86000, "count", "bản", "bản lịch vi phạm bị thu hồi", INY, approx="nearly"),
    F("phạt 9 tổ chức", "9", 9, "count", "tổ chức, cá nhân", "tổ chức, cá nhân bị xử phạt", INY),
    F("tiền 412,5 triệu", "412,5", 412.5e6, "money", "đồng", "tổng số tiền xử phạt", INY),
    F("khoảng 5-7%", "5", 5, "percent", "%", "số bản lịch xuất bản", Y25, value_max=7, approx="about",
      status="forecast"),
]

NOTES = [
    "Ministry site (Bộ Thông tin và Truyền thông): breadcrumb, '27/12/2024 | 10:15 | Cục Xuất bản, In và Phát hành', address footer. National figures: Việt Nam.",
    "Headline 'hơn 96 triệu bản lịch, giảm 6,3%' has its own period 'Năm 2024'; the change has no baseline there.",
    "'38/57 nhà xuất bản' → total 57. The breakdown after 'Trong đó' adds up: 1.280+612+253 = 2.145 tên, 47,8+41,2+7,5 = 96,5 triệu bản.",
    "Publishers in the 'lần lượt' list are not places. 'Ba nhà xuất bản' (names the top group) and 'Ba đơn vị này' (points back) are optional.",
    "'Ba đơn vị này chiếm 41,6% tổng số bản lịch cả nước' is the group's share: a percent figure (no single figure owns it).",
    "Periods: the 'Trong đó' breakdown and the list inherit 'Năm 2024'; 'Trong năm' (no year) takes 2024. 'dự báo ... năm 2025 ... giảm khoảng 5-7%' → forecast range.",
    "Distractors: 10:15, 27/12/2024, Thông tư số 01/2020/TT-BTTTT, '18 Nguyễn Du'.",
]

if __name__ == "__main__":
    write("p1517-3", TEXT, NOTES, FIGS, published="2024-12-27", location="Việt Nam")
