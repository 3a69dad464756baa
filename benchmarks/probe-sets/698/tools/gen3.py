"""p698-3: formal report under a letterhead (UBND tỉnh Bắc Giang), 9 months 2024, flattened '|' table by district."""
from lib import fig, period, inh, change, write

TEXT = """UBND TỈNH BẮC GIANG
Số: 412/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bắc Giang, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện công tác giáo dục người khuyết tật 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Huy động trẻ khuyết tật đến trường
Thực hiện Kế hoạch số 96/KH-UBND ngày 12/4/2023, 9 tháng năm 2024 toàn tỉnh huy động 4.126 trẻ khuyết tật đến trường, đạt 96,3% kế hoạch năm, tăng 4,1% so với cùng kỳ năm 2023. Số liệu một số địa phương như sau:

Bảng 1. Trẻ khuyết tật đi học (đơn vị tính: trẻ)
Địa phương | Tổng số | Học hòa nhập | Học chuyên biệt
Huyện Hiệp Hòa | 512 | 468 | 44
Huyện Lục Ngạn | 687 | 671 | 16
Huyện Yên Thế | 403 | 398 | 5
Huyện Lạng Giang | 559 | 537 | 22

2. Đội ngũ và hoạt động hỗ trợ
Toàn tỉnh có 1.356 giáo viên dạy học sinh khuyết tật, trong đó 1.082 người đã được bồi dưỡng về giáo dục hòa nhập, chiếm 79,8%. Trung tâm Hỗ trợ phát triển giáo dục hòa nhập tỉnh đã sàng lọc, đánh giá cho 1.247 trẻ, trong đó phát hiện 318 trẻ có dấu hiệu rối loạn phổ tự kỷ.

Kinh phí thực hiện 9 tháng ước đạt 8.756,4 triệu đồng, bằng 72,9% dự toán năm.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến hết năm 2024 huy động từ 97 đến 98% trẻ khuyết tật trong độ tuổi đến trường. Dự kiến trong quý IV tổ chức 3 lớp tập huấn cho khoảng 450 giáo viên mầm non, tiểu học.

Nơi nhận:
- Bộ GD&ĐT;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KGVX.
"""

M9 = period("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = period("quý IV", "2024-10-01", "2024-12-31")
T = "Trẻ khuyết tật đi học"
COLS = ("tổng số", "học hòa nhập", "học chuyên biệt")
ROWS = [("Hiệp Hòa", ["Hòa | 512", "512 | 468", "468 | 44"], [512, 468, 44]),
        ("Lục Ngạn", ["Ngạn | 687", "687 | 671", "671 | 16"], [687, 671, 16]),
        ("Yên Thế", ["Thế | 403", "403 | 398", "398 | 5"], [403, 398, 5]),
        ("Lạng Giang", ["Giang | 559", "559 | 537", "537 | 22"], [559, 537, 22])]

FIGS = [
    fig("huy động 4.126 trẻ", "4.126", 4126, "count", "trẻ", "trẻ khuyết tật huy động đến trường", M9,
        percent=96.3, change=change("increase", 4.1, "%", "cùng kỳ năm 2023")),
]
for place, anchors, values in ROWS:
    for col, a, v in zip(COLS, anchors, values):
        FIGS.append(fig(a, a.split(" | ")[1], v, "count", "trẻ", f"{T} {col}", inh(M9), location=place))
FIGS += [
    fig("có 1.356 giáo viên", "1.356", 1356, "count", "giáo viên", "giáo viên dạy học sinh khuyết tật"),
    fig("1.082 người", "1.082", 1082, "count", "người", "giáo viên đã được bồi dưỡng về giáo dục hòa nhập",
        total=1356, percent=79.8),
    fig("cho 1.247 trẻ", "1.247", 1247, "count", "trẻ",
        "trẻ được Trung tâm Hỗ trợ phát triển giáo dục hòa nhập tỉnh sàng lọc, đánh giá"),
    fig("318 trẻ", "318", 318, "count", "trẻ", "trẻ có dấu hiệu rối loạn phổ tự kỷ", total=1247),
    fig("8.756,4 triệu đồng", "8.756,4", 8756.4e6, "money", "đồng", "kinh phí thực hiện",
        period("9 tháng", "2024-01-01", "2024-09-30"), percent=72.9, status="estimate"),
    fig("từ 97 đến 98%", "97", 97, "percent", "%", "trẻ khuyết tật trong độ tuổi huy động đến trường",
        period("đến hết năm 2024", end="2024-12-31"), value_max=98, status="target"),
    fig("tổ chức 3 lớp", "3", 3, "count", "lớp", "lớp tập huấn", Q4, status="forecast"),
    fig("khoảng 450 giáo viên", "450", 450, "count", "giáo viên", "giáo viên mầm non, tiểu học được tập huấn",
        Q4, approx="about", status="forecast"),
]

NOTES = [
    "Báo cáo số 412/BC-UBND, UBND tỉnh Bắc Giang: giáo dục người khuyết tật 9 tháng năm 2024, flattened '|' table by district.",
    "Formal report: letterhead, 'Bắc Giang, ngày 15 tháng 10 năm 2024' (published). 'Bảng 1', section numbers I./II./1./2.,",
    "Kế hoạch số 96/KH-UBND ngày 12/4/2023, the 'Nơi nhận' block and the heading 'QUÝ IV/2024' are not figures.",
    "Table: unit from '(đơn vị tính: trẻ)', subject = table title + column, district row label -> location; period inherited from",
    "the '9 tháng năm 2024' paragraph above (the table title states none). Columns carry no part-of cue, so no totals in the table.",
    "'đạt 96,3% kế hoạch năm' and 'bằng 72,9% dự toán năm' are percents of their figures; 'ước đạt' -> estimate.",
    "'Phấn đấu đến hết năm 2024' -> target, as-of end 2024-12-31; 'Dự kiến trong quý IV' -> forecast, quý IV of 2024.",
]

if __name__ == "__main__":
    write("p698-3", TEXT, NOTES, FIGS, published="2024-10-15", location="Bắc Giang")
