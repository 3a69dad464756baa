"""p1533-7: news agency (TTXVN): Lạng Sơn market control seizes smuggled tea sets and Yixing-style teapots."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Lạng Sơn: Thu giữ hơn 2.300 sản phẩm ấm chén, ấm tử sa nhập lậu

Lạng Sơn, 14/3/2024 (TTXVN) - Ngày 13/3, Đội Quản lý thị trường số 5 (Cục Quản lý thị trường tỉnh Lạng Sơn) kiểm tra một xe tải mang biển kiểm soát 12C-086.47 trên Quốc lộ 1A, đoạn qua huyện Cao Lộc, phát hiện 2.318 sản phẩm, gồm 860 bộ ấm chén sứ và 1.458 chiếc ấm tử sa không có hóa đơn, chứng từ chứng minh nguồn gốc. Tổng trị giá lô hàng ước tính khoảng 560 triệu đồng.

Theo lời khai của lái xe, số hàng được mua gom tại khu vực biên giới với giá 150.000 đồng/bộ ấm chén và 300.000 đồng/chiếc ấm tử sa để chuyển về Hà Nội tiêu thụ. Nhiều ấm in nhãn "Nghi Hưng 1988" nhưng không rõ xuất xứ.

Từ đầu năm đến nay, Cục Quản lý thị trường tỉnh Lạng Sơn đã kiểm tra 214 vụ, thu nộp ngân sách hơn 2,6 tỷ đồng; phát hiện, xử lý 187 vụ vi phạm, tăng 17 vụ so với cùng kỳ năm 2023, trong đó 23 vụ liên quan đến đồ gốm sứ gia dụng. Lực lượng chức năng đã tịch thu gần 6.700 sản phẩm ấm chén, bát đĩa các loại.

Ông Hoàng Văn Lợi, Phó Cục trưởng Cục Quản lý thị trường tỉnh, cho biết dịp trước và sau Tết Nguyên đán, lượng ấm chén, ấm tử sa nhập lậu qua các đường mòn, lối mở tăng khoảng 30%. Trong quý II, Cục dự kiến mở ít nhất hai đợt kiểm tra chuyên đề tại các huyện biên giới.

Tin cùng chuyên mục:
- Lạng Sơn: Xử phạt cơ sở kinh doanh mỹ phẩm không rõ nguồn gốc
- Hà Nội triển khai Chỉ thị số 17/CT-UBND về chống buôn lậu

TTXVN
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-03-14")
D13 = per("Ngày 13/3", "2024-03-13", "2024-03-13")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
CL = "Cao Lộc"

FIGS = [
    fig("hơn 2.300", "2.300", 2300, "count", "sản phẩm", approx="over",
        subject="sản phẩm ấm chén, ấm tử sa nhập lậu thu giữ"),
    fig("phát hiện 2.318", "2.318", 2318, "count", "sản phẩm",
        subject="sản phẩm không có hóa đơn, chứng từ", period=D13, location=CL),
    fig("gồm 860 bộ", "860", 860, "count", "bộ", total=2318, subject="bộ ấm chén sứ", period=D13, location=CL),
    fig("1.458 chiếc", "1.458", 1458, "count", "chiếc", total=2318, subject="ấm tử sa", period=D13, location=CL),
    fig("khoảng 560 triệu", "560", 560e6, "money", "đồng", approx="about", status="estimate",
        subject="tổng trị giá lô hàng", period=inh(D13), location=CL),
    fig("giá 150.000", "150.000", 150000, "money", "đồng/bộ", subject="giá mua gom bộ ấm chén"),
    fig("và 300.000", "300.000", 300000, "money", "đồng/chiếc", subject="giá mua gom ấm tử sa"),
    fig("kiểm tra 214 vụ", "214", 214, "count", "vụ", subject="vụ kiểm tra", period=YTD),
    fig("hơn 2,6 tỷ", "2,6", 2.6e9, "money", "đồng", approx="over", subject="thu nộp ngân sách", period=YTD),
    fig("xử lý 187 vụ", "187", 187, "count", "vụ", change=chg("increase", 17, "vụ", "cùng kỳ năm 2023"),
        subject="vụ vi phạm phát hiện, xử lý", period=YTD),
    fig("trong đó 23 vụ", "23", 23, "count", "vụ", total=187,
        subject="vụ liên quan đến đồ gốm sứ gia dụng", period=YTD),
    fig("gần 6.700", "6.700", 6700, "count", "sản phẩm", approx="nearly",
        subject="sản phẩm ấm chén, bát đĩa tịch thu", period=inh(YTD)),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="lượng ấm chén, ấm tử sa nhập lậu"),
    fig("ít nhất hai đợt", "hai", 2, "count", "đợt", approx="at_least", status="forecast",
        subject="đợt kiểm tra chuyên đề", period=Q2),
]

NOTES = [
    "News agency (TTXVN): 'Lạng Sơn, 14/3/2024 (TTXVN) -' dateline, quote, related links, sign-off 'TTXVN'.",
    "Distractors: 'Ngày 13/3', 'Đội Quản lý thị trường số 5', plate '12C-086.47', 'Quốc lộ 1A', label 'Nghi Hưng 1988', Chỉ thị số 17/CT-UBND.",
    "The seized lot on Quốc lộ 1A 'đoạn qua huyện Cao Lộc' → location Cao Lộc; the headline and the province's totals stay Lạng Sơn.",
    "'2.318 sản phẩm, gồm 860 bộ ... và 1.458 chiếc' → total 2.318. 'ước tính khoảng 560 triệu đồng' → estimate + about.",
    "'187 vụ vi phạm, tăng 17 vụ so với cùng kỳ năm 2023, trong đó 23 vụ' → change 17 vụ; 23 has total 187 (the whole the cue follows).",
    "'Từ đầu năm đến nay' ends at the dateline 2024-03-14; 'Trong quý II' takes 2024; 'dự kiến ... ít nhất hai đợt' → forecast, at_least.",
    "'tăng khoảng 30%' (smuggled volume around Tết) is a growth rate as the claim; Tết is no calendar period: no period.",
    "revised after the first run: 'Ngày 13/3' is now the period (2024-03-13) of the seizure figures of its sentence (inherited by the lot's value),",
    "as the shared gold annotates 'Ngày 10/10/2022'; the 30% subject lost the time phrase 'dịp trước và sau Tết Nguyên đán' (time is no part of the indicator).",
]

if __name__ == "__main__":
    write("p1533-7", TEXT, NOTES, FIGS, published="2024-03-14", location="Lạng Sơn")
