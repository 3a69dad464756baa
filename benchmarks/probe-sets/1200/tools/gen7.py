"""p1200-7: department site (Sở GD&ĐT Cao Bằng), no dateline; fiber internet in schools, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CAO BẰNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Còn 87 điểm trường lẻ chưa có internet cáp quang

Năm 2023, ngành Giáo dục Cao Bằng đã phối hợp với các doanh nghiệp viễn thông kéo cáp quang đến thêm 64 trường, điểm trường, nâng tỷ lệ trường học có kết nối internet cáp quang lên 91,3%, cao hơn 11,2 điểm phần trăm so với năm 2022.

Hiện trạng kết nối internet cáp quang tại các trường học tính đến ngày 31/12/2023:
Đơn vị tính: trường
Cấp học
Tổng số trường
Đã kết nối
Chưa kết nối
Mầm non
198
172
26
Tiểu học
151
139
12
Trung học cơ sở
126
121
5
Trung học phổ thông
32
31
1
Tổng số
507
463
44

Ngoài các trường chính, toàn tỉnh còn 87 điểm trường lẻ ở các xóm vùng cao chưa có cáp quang, tập trung tại các huyện Bảo Lạc (24 điểm), Bảo Lâm (19 điểm) và Hà Quảng (15 điểm). Chi phí kéo cáp đến mỗi điểm trường bình quân khoảng 65 triệu đồng.

Năm 2024, ngành phấn đấu kết nối cáp quang thêm ít nhất 40 trường, điểm trường; đến năm 2025 có 100% trường học trên địa bàn được kết nối internet cáp quang.

Bài viết liên quan:
- Tập huấn ứng dụng công nghệ thông tin cho giáo viên vùng cao lần thứ 2
- Trường THCS số 1 Bảo Lạc đưa vào sử dụng phòng học thông minh

SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CAO BẰNG
Địa chỉ: Số 016 Hoàng Đình Giong, phường Hợp Giang, TP Cao Bằng
Điện thoại: 0206.3852.145
Lượt truy cập: 2.214.560 | Đang trực tuyến: 38
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TAB = per("tính đến ngày 31/12/2023", None, "2023-12-31", inherited=True)
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
BY25 = per("đến năm 2025", None, "2025-12-31")
LIST = "điểm trường lẻ chưa có cáp quang"


def cell(anchor, number, value, row, col):
    return fig(anchor, number, value, "count", "trường", subject=f"{row} {col}".lower(), period=TAB)


FIGS = [
    fig("Còn 87 điểm trường", "87", 87, "count", "điểm trường lẻ", subject="điểm trường lẻ chưa có internet cáp quang"),
    fig("thêm 64 trường", "64", 64, "count", "trường, điểm trường",
        subject="trường, điểm trường được kéo cáp quang đến thêm", period=Y23),
    fig("lên 91,3%", "91,3", 91.3, "percent", "%", change=chg("increase", 11.2, "điểm phần trăm", "năm 2022"),
        subject="tỷ lệ trường học có kết nối internet cáp quang", period=Y23),
    cell("Mầm non\n198", "198", 198, "Mầm non", "Tổng số trường"),
    cell("198\n172", "172", 172, "Mầm non", "Đã kết nối"),
    cell("172\n26", "26", 26, "Mầm non", "Chưa kết nối"),
    cell("Tiểu học\n151", "151", 151, "Tiểu học", "Tổng số trường"),
    cell("151\n139", "139", 139, "Tiểu học", "Đã kết nối"),
    cell("139\n12", "12", 12, "Tiểu học", "Chưa kết nối"),
    cell("Trung học cơ sở\n126", "126", 126, "Trung học cơ sở", "Tổng số trường"),
    cell("126\n121", "121", 121, "Trung học cơ sở", "Đã kết nối"),
    cell("121\n5", "5", 5, "Trung học cơ sở", "Chưa kết nối"),
    cell("Trung học phổ thông\n32", "32", 32, "Trung học phổ thông", "Tổng số trường"),
    cell("32\n31", "31", 31, "Trung học phổ thông", "Đã kết nối"),
    cell("31\n1\n", "1", 1, "Trung học phổ thông", "Chưa kết nối"),
    cell("Tổng số\n507", "507", 507, "Tổng số", "Tổng số trường"),
    cell("507\n463", "463", 463, "Tổng số", "Đã kết nối"),
    cell("463\n44", "44", 44, "Tổng số", "Chưa kết nối"),
    fig("còn 87 điểm trường", "87", 87, "count", "điểm trường lẻ",
        subject="điểm trường lẻ ở các xóm vùng cao chưa có cáp quang"),
    fig("Bảo Lạc (24 điểm)", "24", 24, "count", "điểm", subject=LIST, location="Bảo Lạc"),
    fig("Bảo Lâm (19 điểm)", "19", 19, "count", "điểm", subject=LIST, location="Bảo Lâm"),
    fig("Hà Quảng (15 điểm)", "15", 15, "count", "điểm", subject=LIST, location="Hà Quảng"),
    fig("khoảng 65 triệu đồng", "65", 65e6, "money", "đồng/điểm trường", approx="about",
        subject="chi phí kéo cáp đến mỗi điểm trường bình quân"),
    fig("ít nhất 40 trường", "40", 40, "count", "trường, điểm trường", approx="at_least", status="target",
        subject="trường, điểm trường được kết nối cáp quang thêm", period=Y24),
    fig("có 100% trường", "100", 100, "percent", "%", status="target",
        subject="trường học được kết nối internet cáp quang", period=BY25),
]

NOTES = [
    "Department site (Sở GD&ĐT Cao Bằng), no dateline: menu, related links ('lần thứ 2', 'THCS số 1'), address 'Số 016', phone,",
    "'Lượt truy cập: 2.214.560 | Đang trực tuyến: 38' are furniture. One-cell-per-line table, 'Đơn vị tính: trường', 'Tổng số' row.",
    "Cell subject = row label + column label; the caption's as-of date (31/12/2023) is inherited (not scored).",
    "Headline 'Còn 87' and body 'còn 87' are both figures. District list 24+19+15 != 87, cue 'tập trung tại': no total.",
    "'Chi phí kéo cáp đến mỗi điểm trường bình quân khoảng 65 triệu đồng' is a rate: unit 'đồng/điểm trường'.",
]

if __name__ == "__main__":
    build("p1200-7", TEXT, NOTES, FIGS, location="Cao Bằng")
