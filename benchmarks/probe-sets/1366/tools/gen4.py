"""p1366-4: ministry site (Bộ NN&PTNT, Cục Chăn nuôi): live-cattle imports 10 months 2024, markets, prices, targets."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Chăn nuôi - Thú y

10 tháng, nhập khẩu bò sống tăng hơn 21%

20/11/2024 | 14:15 | Cục Chăn nuôi

Theo Cục Chăn nuôi, 10 tháng năm 2024, cả nước nhập khẩu khoảng 285.000 con bò sống, tăng 21,4% so với cùng kỳ năm 2023, kim ngạch đạt 298 triệu USD. Australia vẫn là thị trường cung cấp lớn nhất với 238.000 con, chiếm 83,5% tổng lượng nhập khẩu; tiếp đến là Thái Lan 31.000 con, Lào 16.000 con. Riêng quý III/2024, lượng bò sống nhập khẩu đạt 104.000 con.

Hiện cả nước có khoảng 6,3 triệu con bò và gần 2,2 triệu con trâu; sản lượng thịt bò hơi 9 tháng ước đạt 372.500 tấn, tăng 3,1%. Cục Chăn nuôi đang theo dõi giá tại 12 chợ gia súc đầu mối trên cả nước. Giá bò hơi bình quân tháng 10/2024 đạt 78.000-82.000 đồng/kg, giảm khoảng 1.000 đồng/kg so với tháng trước.

Cả nước hiện có 162 chợ gia súc, trong đó 47 chợ đã được cấp giấy chứng nhận đủ điều kiện vệ sinh thú y theo Thông tư số 09/2016/TT-BNNPTNT. Các tỉnh có nhiều chợ gia súc nhất là Nghệ An (14 chợ), Thanh Hóa (12 chợ) và Lạng Sơn (11 chợ).

Bộ đặt mục tiêu đến năm 2030 đàn bò cả nước đạt 7,5 triệu con, tỷ lệ bò lai đạt trên 65%; giảm tỷ lệ gia súc giết mổ nhỏ lẻ xuống dưới 40%. Dự báo năm 2025, nhu cầu thịt bò trong nước khoảng 650.000 tấn, lượng bò sống nhập khẩu có thể đạt 320.000-350.000 con.

Tin cùng chuyên mục:
- Hướng dẫn phòng, chống bệnh viêm da nổi cục trên trâu, bò năm 2024
- Hội nghị triển khai Luật Chăn nuôi khu vực Bắc Trung Bộ

Cục Chăn nuôi - Số 16 Thụy Khuê, Tây Hồ, Hà Nội
"""

M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10H = per("10 tháng", "2024-01-01", "2024-10-31")
Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
M9 = per("9 tháng", "2024-01-01", "2024-09-30")
T10 = per("tháng 10/2024", "2024-10-01", "2024-10-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
IMP = "bò sống nhập khẩu"

FIGS = [
    fig("tăng hơn 21%", "21", 21, "percent", "%", approx="over", subject="nhập khẩu bò sống", period=M10H),
    fig("khoảng 285.000 con", "285.000", 285000, "count", "con bò sống", approx="about",
        change=chg("increase", 21.4, "%", "cùng kỳ năm 2023"), subject=IMP, period=M10),
    fig("đạt 298 triệu", "298", 298e6, "money", "USD", subject="kim ngạch nhập khẩu bò sống", period=M10),
    fig("với 238.000 con", "238.000", 238000, "count", "con", percent=83.5, subject=IMP, period=inh(M10)),
    fig("Lan 31.000 con", "31.000", 31000, "count", "con", subject=IMP, period=inh(M10)),
    fig("Lào 16.000 con", "16.000", 16000, "count", "con", subject=IMP, period=inh(M10)),
    fig("đạt 104.000 con", "104.000", 104000, "count", "con", subject="lượng bò sống nhập khẩu", period=Q3),
    fig("khoảng 6,3 triệu", "6,3", 6.3e6, "count", "con bò", approx="about", subject="bò"),
    fig("gần 2,2 triệu", "2,2", 2.2e6, "count", "con trâu", approx="nearly", subject="trâu"),
    fig("ước đạt 372.500 tấn", "372.500", 372500, "measure", "tấn", status="estimate",
        change=chg("increase", 3.1, "%"), subject="sản lượng thịt bò hơi", period=M9),
    fig("tại 12 chợ", "12", 12, "count", "chợ gia súc đầu mối",
        subject="chợ gia súc đầu mối Cục Chăn nuôi theo dõi giá"),
    fig("đạt 78.000-82.000", "78.000", 78000, "money", "đồng/kg", value_max=82000,
        change=chg("decrease", 1000, "đồng/kg", "tháng trước", approx="about"),
        subject="giá bò hơi bình quân", period=T10),
    fig("có 162 chợ", "162", 162, "count", "chợ gia súc", subject="chợ gia súc"),
    fig("đó 47 chợ", "47", 47, "count", "chợ", total=162,
        subject="chợ được cấp giấy chứng nhận đủ điều kiện vệ sinh thú y"),
    fig("(14 chợ)", "14", 14, "count", "chợ", subject="chợ gia súc", location="Nghệ An"),
    fig("(12 chợ)", "12", 12, "count", "chợ", subject="chợ gia súc", location="Thanh Hóa"),
    fig("(11 chợ)", "11", 11, "count", "chợ", subject="chợ gia súc", location="Lạng Sơn"),
    fig("đạt 7,5 triệu", "7,5", 7.5e6, "count", "con", status="target", subject="đàn bò cả nước", period=T30),
    fig("trên 65%", "65", 65, "percent", "%", approx="over", status="target", subject="tỷ lệ bò lai",
        period=T30),
    fig("dưới 40%", "40", 40, "percent", "%", approx="under", status="target",
        subject="tỷ lệ gia súc giết mổ nhỏ lẻ", period=T30),
    fig("khoảng 650.000 tấn", "650.000", 650000, "measure", "tấn", approx="about", status="forecast",
        subject="nhu cầu thịt bò trong nước", period=Y25),
    fig("đạt 320.000-350.000", "320.000", 320000, "count", "con", value_max=350000, status="forecast",
        subject="lượng bò sống nhập khẩu", period=Y25),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '20/11/2024 | 14:15 | Cục Chăn nuôi', related links, address footer. National figures → Việt Nam.",
    "Distractors: 14:15, Thông tư số 09/2016/TT-BNNPTNT, 'năm 2024' in a link, 'Số 16 Thụy Khuê'.",
    "Headline 'tăng hơn 21%' is a growth rate as the claim: percent, no change, over; '10 tháng' takes 2024.",
    "Import list 'Australia ... 238.000 con, chiếm 83,5%; tiếp đến là Thái Lan 31.000 con, Lào 16.000 con': shared indicator;",
    "the list stands in the sentence after '10 tháng năm 2024' → period inherited;",
    "trade partners are not places (location Việt Nam); no part-of cue, so no totals. 'chiếm 83,5%' → percent of 238.000.",
    "'9 tháng' (no year) → 2024; 'tăng 3,1%' without a baseline is still a change of 372.500 tấn.",
    "revised after the first run: '6,3 triệu con bò' / '2,2 triệu con trâu' subjects 'đàn bò cả nước' / 'đàn trâu cả nước' → 'bò' / 'trâu':",
    "the sentence ('cả nước có ... con bò') does not say 'đàn', and 'cả nước' is the location.",
    "Province list '(14 chợ)' etc. → location each province. 'mục tiêu đến năm 2030' governs the ';'-chain → target; 'Dự báo' → forecast.",
]

if __name__ == "__main__":
    write("p1366-4", TEXT, NOTES, FIGS, published="2024-11-20", location="Việt Nam")
