import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """UBND TỈNH BÌNH ĐỊNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 214/BC-UBND
Bình Định, ngày 12 tháng 7 năm 2024

BÁO CÁO
Tình hình thực hiện dự toán ngân sách nhà nước 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Thu, chi ngân sách
Tổng thu NSNN trên địa bàn 6 tháng đầu năm 2024 ước đạt 6.235 tỷ đồng, bằng 52,4% dự toán HĐND tỉnh giao, tăng 9,8% so với cùng kỳ. Có 9/11 huyện, thị xã, thành phố thu đạt trên 50% dự toán.

Bảng 1. Thu, chi ngân sách (đơn vị: tỷ đồng)
Nội dung | Dự toán năm 2024 | Ước thực hiện 6 tháng | Ước thực hiện/Dự toán (%)
Tổng thu NSNN trên địa bàn | 11.900 | 6.235 | 52,4
- Thu nội địa | 10.400 | 5.318 | 51,1
- Thu xuất nhập khẩu | 1.500 | 917 | 61,1
Tổng chi ngân sách địa phương | 18.650 | 7.942 | 42,6
- Chi đầu tư phát triển | 6.120 | 2.105 | 34,4
- Chi thường xuyên | 11.870 | 5.837 | 49,2

2. Vay và trả nợ
Tính đến ngày 30/6/2024, dư nợ vay của ngân sách tỉnh là 1.146,2 tỷ đồng, bằng 21,7% mức dư nợ vay tối đa theo quy định; trong 6 tháng đã trả nợ gốc 38,4 tỷ đồng và trả lãi 6,9 tỷ đồng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu thu NSNN trên địa bàn năm 2024 đạt tối thiểu 12.300 tỷ đồng, vượt 3,4% dự toán; kiểm soát bội chi ngân sách địa phương không quá 480 tỷ đồng.

Nơi nhận:
- Thường trực Tỉnh ủy;
- Lưu: VT, K1.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH"""

Y24 = per("Dự toán năm 2024", "2024-01-01", "2024-12-31")
H1T = per("Ước thực hiện 6 tháng", "2024-01-01", "2024-06-30")
H1I = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
ROWS = [  # label, plan anchor/num, est anchor/num, pct anchor/num
    ("Tổng thu NSNN trên địa bàn", "bàn | 11.900", "11.900", "| 11.900 | 6.235", "6.235", "6.235 | 52,4", "52,4"),
    ("Thu nội địa", "10.400", "10.400", "5.318", "5.318", "51,1", "51,1"),
    ("Thu xuất nhập khẩu", "1.500", "1.500", "| 917", "917", "61,1", "61,1"),
    ("Tổng chi ngân sách địa phương", "18.650", "18.650", "| 7.942", "7.942", "42,6", "42,6"),
    ("Chi đầu tư phát triển", "6.120", "6.120", "2.105", "2.105", "34,4", "34,4"),
    ("Chi thường xuyên", "11.870", "11.870", "5.837", "5.837", "49,2", "49,2"),
]


def n(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    fig("ước đạt 6.235 tỷ đồng", "6.235", 6235e9, "money", "đồng", "tổng thu NSNN trên địa bàn",
        per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), percent=52.4,
        change=chg("increase", 9.8, baseline="cùng kỳ"), status="estimate"),
    fig("Có 9/11 huyện", "9", 9, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố thu đạt trên 50% dự toán",
        inh(H1I), total=11),
    fig("trên 50% dự toán", "50", 50, "percent", "%", "thu so với dự toán", inh(H1I), approx="over", optional=True),
]
for label, pa, pn, ea, en, ca, cn in ROWS:
    FIGS.append(fig(pa, pn, n(pn) * 1e9, "money", "đồng", f"{label} dự toán năm 2024", Y24, status="target"))
    FIGS.append(fig(ea, en, n(en) * 1e9, "money", "đồng", f"{label} ước thực hiện 6 tháng", H1T, status="estimate"))
    FIGS.append(fig(ca, cn, n(cn), "percent", "%", f"{label} ước thực hiện so với dự toán", H1I, status="estimate"))
FIGS += [
    fig("là 1.146,2 tỷ đồng", "1.146,2", 1146.2e9, "money", "đồng", "dư nợ vay của ngân sách tỉnh",
        per("Tính đến ngày 30/6/2024", None, "2024-06-30"), percent=21.7),
    fig("nợ gốc 38,4 tỷ đồng", "38,4", 38.4e9, "money", "đồng", "trả nợ gốc",
        per("trong 6 tháng", "2024-01-01", "2024-06-30")),
    fig("trả lãi 6,9 tỷ đồng", "6,9", 6.9e9, "money", "đồng", "trả lãi",
        per("trong 6 tháng", "2024-01-01", "2024-06-30")),
    fig("tối thiểu 12.300 tỷ đồng", "12.300", 12300e9, "money", "đồng", "thu NSNN trên địa bàn",
        per("năm 2024", "2024-01-01", "2024-12-31"), approx="at_least",
        change=chg("increase", 3.4, baseline="dự toán"), status="target"),
    fig("không quá 480 tỷ đồng", "480", 480e9, "money", "đồng", "bội chi ngân sách địa phương",
        per("năm 2024", "2024-01-01", "2024-12-31"), approx="at_most", status="target"),
]

COMMENTS = [
    "Formal report, UBND tỉnh Bình Định, Số: 214/BC-UBND, 12/7/2024: thực hiện dự toán NSNN 6 tháng đầu năm 2024, flattened '|' table (tỷ đồng).",
    "Not figures: Số 214/BC-UBND, place-and-date line, section numbers I./II./1./2., 'Bảng 1', 'Lưu: VT, K1', '6 tháng cuối năm' heading.",
    "Table: every numeric cell is a figure; 'Dự toán năm 2024' column -> target, period 2024 (header); 'Ước thực hiện 6 tháng' -> estimate,",
    "period H1 2024 (header + title); 'Ước thực hiện/Dự toán (%)' -> estimate percents, period inherited from the title (unscored).",
    "'trên 50% dự toán' is a threshold in the 9/11 count's subject: optional. 'vượt 3,4% dự toán' is the target's gap to plan (change).",
    "'không quá 480 tỷ đồng' continues the 'Phấn đấu … năm 2024' sentence: period 2024, status target.",
]

if __name__ == "__main__":
    emit("p478-3", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Bình Định")
