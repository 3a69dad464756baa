"""p736-7: department site (Sở LĐ-TB&XH Vĩnh Phúc), no dateline, one-cell-per-line table."""
from lib import fig, emit, year, asof, period, inh, change

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH VĨNH PHÚC
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Tiền lương, thưởng Tết Ất Tỵ của người lao động trong các doanh nghiệp

Qua tổng hợp báo cáo của 356 doanh nghiệp với 98.420 lao động, tiền lương bình quân năm 2024 đạt 8,9 triệu đồng/người/tháng, tăng 6,6% so với năm 2023. Mức thưởng Tết Nguyên đán Ất Tỵ bình quân toàn tỉnh ước 6,7 triệu đồng/người. Mức thưởng cao nhất là 450 triệu đồng/người tại một doanh nghiệp FDI ngành ô tô, xe máy, thấp nhất 400.000 đồng/người.

Bảng: Tiền lương, thưởng Tết bình quân theo loại hình doanh nghiệp
Đơn vị tính: triệu đồng/người
Loại hình doanh nghiệp
Lương bình quân năm 2023
Lương bình quân năm 2024
Thưởng Tết Nguyên đán
Nhà nước
9,4
9,9
8,2
Có vốn đầu tư nước ngoài
8,7
9,3
7,4
Ngoài nhà nước
7,1
7,6
5,6

Hiện có 2 doanh nghiệp ở huyện Bình Xuyên chậm trả lương cho 186 lao động với số tiền 2,47 tỷ đồng. Liên đoàn Lao động tỉnh hỗ trợ 1.200 vé xe cho công nhân ngoại tỉnh về quê đón Tết.

Sở đề nghị các doanh nghiệp chi trả lương, thưởng trước ngày 25/01/2025 và báo cáo theo mẫu số 01 tại Công văn số 3125/SLĐTBXH-LĐVL.

Địa chỉ: số 2 đường Nguyễn Trãi, phường Đống Đa, TP Vĩnh Yên. Điện thoại: 0211.3862.566
Lượt truy cập: 1.204.377
"""

Y23 = year(2023, "Lương bình quân năm 2023")
Y24c = year(2024, "Lương bình quân năm 2024")
Y24 = year(2024)
L23, L24, TT = "lương bình quân năm 2023", "lương bình quân năm 2024", "thưởng Tết Nguyên đán bình quân"
NN, FDI, NGOAI = "doanh nghiệp nhà nước", "doanh nghiệp có vốn đầu tư nước ngoài", "doanh nghiệp ngoài nhà nước"

FIGS = [
    fig("của 356 doanh nghiệp", "356", 356, "count", "doanh nghiệp", "doanh nghiệp gửi báo cáo"),
    fig("với 98.420 lao động", "98.420", 98420, "count", "lao động", "lao động trong các doanh nghiệp báo cáo"),
    fig("đạt 8,9 triệu", "8,9", 8.9e6, "money", "đồng/người/tháng", "tiền lương bình quân", Y24,
        change=change("increase", 6.6, baseline="năm 2023")),
    fig("ước 6,7 triệu", "6,7", 6.7e6, "money", "đồng/người", "mức thưởng Tết Nguyên đán Ất Tỵ bình quân toàn tỉnh",
        status="estimate"),
    fig("là 450 triệu", "450", 450e6, "money", "đồng/người", "mức thưởng Tết cao nhất"),
    fig("thấp nhất 400.000", "400.000", 400000, "money", "đồng/người", "mức thưởng Tết thấp nhất"),
    fig("nước\n9,4", "9,4", 9.4e6, "money", "đồng/người", f"{L23} {NN}", Y23),
    fig("9,4\n9,9", "9,9", 9.9e6, "money", "đồng/người", f"{L24} {NN}", Y24c),
    fig("9,9\n8,2", "8,2", 8.2e6, "money", "đồng/người", f"{TT} {NN}"),
    fig("ngoài\n8,7", "8,7", 8.7e6, "money", "đồng/người", f"{L23} {FDI}", Y23),
    fig("8,7\n9,3", "9,3", 9.3e6, "money", "đồng/người", f"{L24} {FDI}", Y24c),
    fig("9,3\n7,4", "7,4", 7.4e6, "money", "đồng/người", f"{TT} {FDI}"),
    fig("nhà nước\n7,1", "7,1", 7.1e6, "money", "đồng/người", f"{L23} {NGOAI}", Y23),
    fig("7,1\n7,6", "7,6", 7.6e6, "money", "đồng/người", f"{L24} {NGOAI}", Y24c),
    fig("7,6\n5,6", "5,6", 5.6e6, "money", "đồng/người", f"{TT} {NGOAI}"),
    fig("có 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp chậm trả lương", location="Bình Xuyên"),
    fig("cho 186 lao động", "186", 186, "count", "lao động", "lao động bị chậm trả lương", location="Bình Xuyên"),
    fig("tiền 2,47 tỷ", "2,47", 2.47e9, "money", "đồng", "số tiền lương chậm trả", location="Bình Xuyên"),
    fig("hỗ trợ 1.200 vé", "1.200", 1200, "count", "vé xe", "vé xe hỗ trợ công nhân ngoại tỉnh về quê đón Tết"),
]

COMMENTS = [
    "Sở LĐ-TB&XH Vĩnh Phúc site, no dateline (no published); footer visit counter 'Lượt truy cập: 1.204.377' is not a figure.",
    "Lead: 'năm 2024' stands after 356 doanh nghiệp / 98.420 lao động and belongs to the wage clause: those two get no period.",
    "One-cell-per-line table with 'Đơn vị tính: triệu đồng/người': every cell is money, unit đồng/người; periods from the column",
    "headers (Lương bình quân năm 2023 / 2024, scored as in h23); the Thưởng Tết column has no calendar period.",
    "'2 doanh nghiệp ở huyện Bình Xuyên … 186 lao động … 2,47 tỷ đồng': the sentence names the district → location Bình Xuyên.",
    "Distractors: 'mẫu số 01', Công văn số 3125/SLĐTBXH-LĐVL, 'trước ngày 25/01/2025', số 2 đường Nguyễn Trãi, phone.",
]

if __name__ == "__main__":
    emit("p736-7", TEXT, COMMENTS, FIGS, published=None, location="Vĩnh Phúc")
