"""p1131-7: department site (Sở TT&TT Đà Nẵng), no dateline, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG THÀNH PHỐ ĐÀ NẴNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Kết quả quản lý điểm cung cấp dịch vụ trò chơi điện tử công cộng năm 2024

Đến hết năm 2024, thành phố Đà Nẵng có 318 điểm cung cấp dịch vụ trò chơi điện tử công cộng được cấp giấy chứng nhận, giảm 27 điểm so với năm 2023 do nhiều chủ cơ sở chuyển sang kinh doanh loại hình khác. Số điểm theo quận, huyện như sau:
Đơn vị tính: điểm
Quận, huyện
Năm 2023
Năm 2024
Hải Châu
64
58
Thanh Khê
71
66
Liên Chiểu
83
76
Cẩm Lệ
52
47
Các quận, huyện còn lại
75
71
Tổng số
345
318

Năm 2024, Sở chủ trì 4 đợt kiểm tra liên ngành tại 96 điểm, phát hiện 12 điểm vi phạm, xử phạt 68 triệu đồng; 100% điểm vi phạm đã khắc phục. Qua kiểm tra ban đêm tại quận Liên Chiểu, đoàn phát hiện 19 học sinh chơi game sau 22 giờ, tăng 7 em so với năm 2023. Năm 2025, Sở dự kiến kiểm tra khoảng 120 điểm, bằng 37,7% tổng số điểm được cấp phép.

Bài viết liên quan:
- Hội nghị tập huấn quản lý trò chơi điện tử lần thứ 3
- Đà Nẵng ra mắt Tổng đài 1022 tiếp nhận phản ánh

SỞ THÔNG TIN VÀ TRUYỀN THÔNG THÀNH PHỐ ĐÀ NẴNG
Địa chỉ: Tầng 6, Trung tâm Hành chính thành phố, 24 Trần Phú, quận Hải Châu
Điện thoại: 0236.3840.146
Tổng lượt truy cập: 3.146.228 | Đang online: 41
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
ASOF = per("Đến hết năm 2024", None, "2024-12-31")
IND = "điểm cung cấp dịch vụ trò chơi điện tử công cộng được cấp giấy chứng nhận"


def cell(anchor, number, row, year, place=None):
    p = Y23 if year == 2023 else Y24
    col = f"năm {year}"  # the column label stays in the subject (FIGURES.md §3 Tables; shared gold h24)
    if place:
        return fig(anchor, number, int(number), "count", "điểm", subject=f"{IND} {col}", period=p, location=place)
    return fig(anchor, number, int(number), "count", "điểm", subject=f"{IND} {row.lower()} {col}", period=p)


FIGS = [
    fig("có 318 điểm", "318", 318, "count", "điểm", subject=IND, period=ASOF,
        change=chg("decrease", 27, "điểm", "năm 2023")),
    cell("Hải Châu\n64", "64", "Hải Châu", 2023, "Hải Châu"),
    cell("64\n58", "58", "Hải Châu", 2024, "Hải Châu"),
    cell("Thanh Khê\n71", "71", "Thanh Khê", 2023, "Thanh Khê"),
    cell("71\n66", "66", "Thanh Khê", 2024, "Thanh Khê"),
    cell("Liên Chiểu\n83", "83", "Liên Chiểu", 2023, "Liên Chiểu"),
    cell("83\n76", "76", "Liên Chiểu", 2024, "Liên Chiểu"),
    cell("Cẩm Lệ\n52", "52", "Cẩm Lệ", 2023, "Cẩm Lệ"),
    cell("52\n47", "47", "Cẩm Lệ", 2024, "Cẩm Lệ"),
    cell("còn lại\n75", "75", "các quận, huyện còn lại", 2023),
    cell("75\n71", "71", "các quận, huyện còn lại", 2024),
    cell("Tổng số\n345", "345", "tổng số", 2023),
    cell("345\n318", "318", "tổng số", 2024),
    fig("chủ trì 4 đợt", "4", 4, "count", "đợt", subject="đợt kiểm tra liên ngành", period=Y24),
    fig("tại 96 điểm", "96", 96, "count", "điểm", subject="điểm được kiểm tra", period=Y24),
    fig("phát hiện 12 điểm", "12", 12, "count", "điểm", subject="điểm vi phạm", period=Y24),
    fig("xử phạt 68 triệu", "68", 68000000, "money", "đồng", subject="tiền xử phạt", period=Y24),
    fig("100% điểm vi phạm", "100", 100, "percent", "%", subject="tỷ lệ điểm vi phạm đã khắc phục",
        period=Y24),
    fig("phát hiện 19 học sinh", "19", 19, "count", "học sinh", subject="học sinh chơi game sau 22 giờ",
        period=inh(Y24), location="Liên Chiểu", change=chg("increase", 7, "em", "năm 2023")),
    fig("khoảng 120 điểm", "120", 120, "count", "điểm", approx="about", status="forecast", percent=37.7,
        subject="điểm dự kiến kiểm tra", period=Y25),
]

NOTES = [
    "Department site (Sở TT&TT Đà Nẵng), no dateline: menu, related links, footer address, phone, 'Tổng lượt truy cập', 'Đang online'.",
    "One-cell-per-line table, 'Đơn vị tính: điểm', columns Năm 2023 / Năm 2024 (period, scored), rows are districts (location);",
    "cell subject = the caption's indicator + the column label (+ the row label for 'Các quận, huyện còn lại' and 'Tổng số', location Đà Nẵng).",
    "revised after the first run: the column label ('năm 2023'/'năm 2024') added to the 12 cell subjects (spec §3 Tables, as in shared gold h24).",
    "Distractors: 'lần thứ 3', 'Tổng đài 1022', '24 Trần Phú', 'Tầng 6', 0236.3840.146, 3.146.228, 'Đang online: 41', 'sau 22 giờ'.",
    "318 carries 'giảm 27 điểm so với năm 2023'; 19 học sinh carries 'tăng 7 em so với năm 2023' (location Liên Chiểu, period inherited).",
    "'khoảng 120 điểm, bằng 37,7% tổng số điểm được cấp phép' → forecast with percent 37.7 (no total: the 318 is in another sentence).",
]

if __name__ == "__main__":
    write("p1131-7", TEXT, NOTES, FIGS, location="Đà Nẵng")
