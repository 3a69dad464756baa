"""p532-3: Hà Giang provincial report (letterhead, Số: …/BC-UBND) — OCOP 6 months 2024, flattened | table."""
from lib import emit, fig, per, inh, chg

TEXT = """UBND TỈNH HÀ GIANG
Số: 215/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Giang, ngày 28 tháng 6 năm 2024

BÁO CÁO
Kết quả thực hiện Chương trình OCOP 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Đánh giá, phân hạng sản phẩm
Thực hiện Kế hoạch số 45/KH-UBND ngày 10/02/2024, 6 tháng đầu năm 2024 Hội đồng cấp tỉnh đã đánh giá 36 sản phẩm, công nhận 29 sản phẩm đạt từ 3 sao trở lên, đạt 72,5% kế hoạch năm. Lũy kế đến 30/6/2024, toàn tỉnh có 212 sản phẩm OCOP còn hiệu lực của 138 chủ thể, trong đó có 61 hợp tác xã, 24 doanh nghiệp và 53 hộ kinh doanh.

Bảng 1. Sản phẩm OCOP còn hiệu lực tại một số huyện đến 30/6/2024 (Đơn vị tính: sản phẩm)
TT | Huyện | Tổng số | 3 sao | 4 sao
1 | Đồng Văn | 24 | 17 | 7
2 | Mèo Vạc | 19 | 15 | 4
3 | Hoàng Su Phì | 31 | 22 | 9
4 | Vị Xuyên | 27 | 20 | 7

2. Kinh phí và hiệu quả
Tổng kinh phí hỗ trợ trong 6 tháng là 4.826,5 triệu đồng, trong đó ngân sách tỉnh 3.100 triệu đồng. Doanh thu của các sản phẩm OCOP ước đạt 186 tỷ đồng, tăng 9,2% so với cùng kỳ năm 2023.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu công nhận thêm 11 sản phẩm, nâng tổng số sản phẩm còn hiệu lực lên 223 sản phẩm; tổ chức 2 hội chợ OCOP tại TP. Hà Giang.

Nơi nhận:
- Văn phòng Điều phối NTM Trung ương;
- Lưu: VT, KTTH.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = per("6 tháng", "2024-01-01", "2024-06-30")
ASOF = per("Lũy kế đến 30/6/2024", None, "2024-06-30")
TAB = per("đến 30/6/2024", None, "2024-06-30", inherited=True)
H2 = per("6 THÁNG CUỐI NĂM", "2024-07-01", "2024-12-31", inherited=True)

S = "sản phẩm OCOP còn hiệu lực"
FIGS = [
    fig("đánh giá 36 sản phẩm", "36", 36, "count", "sản phẩm", "sản phẩm được Hội đồng cấp tỉnh đánh giá", H1),
    fig("công nhận 29 sản phẩm", "29", 29, "count", "sản phẩm", "sản phẩm được công nhận đạt từ 3 sao trở lên", H1,
        percent=72.5),
    fig("có 212 sản phẩm", "212", 212, "count", "sản phẩm", S, ASOF),
    fig("của 138 chủ thể", "138", 138, "count", "chủ thể", "chủ thể OCOP", ASOF),
    fig("có 61 hợp tác xã", "61", 61, "count", "hợp tác xã", "chủ thể OCOP là hợp tác xã", ASOF, total=138),
    fig("24 doanh nghiệp", "24", 24, "count", "doanh nghiệp", "chủ thể OCOP là doanh nghiệp", ASOF, total=138),
    fig("53 hộ kinh doanh", "53", 53, "count", "hộ kinh doanh", "chủ thể OCOP là hộ kinh doanh", ASOF, total=138),
    # table: row label = district (location), column = star class
    fig("Đồng Văn | 24", "24", 24, "count", "sản phẩm", S + " tổng số", TAB, location="Đồng Văn"),
    fig("| 24 | 17", "17", 17, "count", "sản phẩm", S + " 3 sao", TAB, location="Đồng Văn"),
    fig("| 17 | 7\n", "7", 7, "count", "sản phẩm", S + " 4 sao", TAB, location="Đồng Văn"),
    fig("Mèo Vạc | 19", "19", 19, "count", "sản phẩm", S + " tổng số", TAB, location="Mèo Vạc"),
    fig("| 19 | 15", "15", 15, "count", "sản phẩm", S + " 3 sao", TAB, location="Mèo Vạc"),
    fig("| 15 | 4\n", "4", 4, "count", "sản phẩm", S + " 4 sao", TAB, location="Mèo Vạc"),
    fig("Hoàng Su Phì | 31", "31", 31, "count", "sản phẩm", S + " tổng số", TAB, location="Hoàng Su Phì"),
    fig("| 31 | 22", "22", 22, "count", "sản phẩm", S + " 3 sao", TAB, location="Hoàng Su Phì"),
    fig("| 22 | 9\n", "9", 9, "count", "sản phẩm", S + " 4 sao", TAB, location="Hoàng Su Phì"),
    fig("Vị Xuyên | 27", "27", 27, "count", "sản phẩm", S + " tổng số", TAB, location="Vị Xuyên"),
    fig("| 27 | 20", "20", 20, "count", "sản phẩm", S + " 3 sao", TAB, location="Vị Xuyên"),
    fig("| 20 | 7\n", "7", 7, "count", "sản phẩm", S + " 4 sao", TAB, location="Vị Xuyên"),
    fig("là 4.826,5 triệu đồng", "4.826,5", 4826500000, "money", "đồng", "tổng kinh phí hỗ trợ", H1b),
    fig("ngân sách tỉnh 3.100 triệu đồng", "3.100", 3100000000, "money", "đồng", "kinh phí hỗ trợ từ ngân sách tỉnh",
        H1b, total=4826500000),
    fig("ước đạt 186 tỷ đồng", "186", 186000000000, "money", "đồng", "doanh thu của các sản phẩm OCOP", inh(H1b),
        change=chg("increase", 9.2, "%", "cùng kỳ năm 2023"), status="estimate"),
    fig("thêm 11 sản phẩm", "11", 11, "count", "sản phẩm", "sản phẩm được công nhận thêm", H2, status="target"),
    fig("lên 223 sản phẩm", "223", 223, "count", "sản phẩm", "tổng số sản phẩm còn hiệu lực", H2, status="target"),
    fig("tổ chức 2 hội chợ", "2", 2, "count", "hội chợ", "hội chợ OCOP tổ chức", H2, status="target"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Hà Giang (invented) Số: 215/BC-UBND: OCOP 6 tháng đầu năm 2024, with a flattened '|' table by district.",
    "The place-and-date line 'Hà Giang, ngày 28 tháng 6 năm 2024' gives published. Not figures: document numbers, dates, section numbers",
    "I./II./1./2., table row numbers (TT 1-4), 'Bảng 1', star classes in the column headers ('3 sao', '4 sao').",
    "Table cells: subject = indicator + column, district row label -> location; period from the title line (inherited, unscored);",
    "the star-class cells get no total (a table column is not a stated part-of cue). 61+24+53 = 138 chủ thể after 'trong đó'.",
    "'đạt 72,5% kế hoạch năm' is the percent of the 29; 'trong 6 tháng' takes 2024. Section II targets: status target, period inherited.",
]

if __name__ == "__main__":
    emit("p532-3", TEXT, COMMENTS, FIGS, published="2024-06-28", location="Hà Giang")
