"""p1366-2: district portal (huyện Mèo Vạc, Hà Giang): the Sunday cattle market after Tết 2024."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÈO VẠC - TỈNH HÀ GIANG
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn hóa - Xã hội

Chợ trâu Mèo Vạc sôi động sau Tết

05/03/2024 - 10:20

Chợ trâu, bò thị trấn Mèo Vạc họp vào sáng Chủ nhật hằng tuần, là một trong những chợ gia súc lớn nhất vùng cao nguyên đá Đồng Văn. Chợ hiện rộng khoảng 4.000 m2, nằm ở tổ 3, thị trấn Mèo Vạc.

Hai tháng đầu năm 2024, chợ đã diễn ra 9 phiên, với tổng số 3.180 con trâu, bò được mua bán, tăng 12,5% so với cùng kỳ năm 2023; trong đó có 1.046 con trâu và 2.134 con bò. Theo Ban quản lý chợ, mỗi phiên có trung bình khoảng 350 con gia súc được đưa về chợ, tỷ lệ giao dịch thành công đạt trên 90%.

Giá một con trâu trưởng thành từ 40 đến 60 triệu đồng, con to, đẹp có giá hơn 80 triệu đồng; bò vàng địa phương giá từ 28 đến 35 triệu đồng/con. Mỗi năm, chợ thu hút hàng nghìn lượt khách du lịch đến tham quan.

Năm 2023, toàn huyện có 28.460 con trâu, bò (đàn bò 21.300 con, đàn trâu 7.160 con); số gia súc xuất bán qua chợ đạt 6.720 con, thu nhập từ buôn bán gia súc ước khoảng 210 tỷ đồng.

Để quản lý chợ, UBND huyện đã ban hành Quyết định số 215/QĐ-UBND ngày 12/01/2024, quy định mức thu phí 30.000 đồng/con trâu, bò vào chợ. Năm 2024, huyện phấn đấu đưa 100% gia súc vào chợ được kiểm tra, kiểm dịch; dự kiến đầu tư khoảng 4,5 tỷ đồng nâng cấp khu chợ, xây mái che và khu tập kết gia súc.

Nguồn: Phòng Nông nghiệp và PTNT huyện

Tin khác:
- Mèo Vạc: Tổng kết Chương trình 135 năm 2023
- Lễ hội Khâu Vai năm 2024 thu hút đông du khách

UBND HUYỆN MÈO VẠC
Địa chỉ: Tổ 2, thị trấn Mèo Vạc, tỉnh Hà Giang
Điện thoại: 0219.3871.234
"""

T2 = per("Hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khoảng 4.000 m2", "4.000", 4000, "measure", "m2", approx="about", subject="diện tích chợ"),
    fig("diễn ra 9 phiên", "9", 9, "count", "phiên", subject="phiên chợ đã diễn ra", period=T2),
    fig("tổng số 3.180 con", "3.180", 3180, "count", "con trâu, bò",
        change=chg("increase", 12.5, "%", "cùng kỳ năm 2023"),
        subject="trâu, bò được mua bán", period=T2),
    fig("có 1.046 con", "1.046", 1046, "count", "con trâu", total=3180,
        subject="trâu được mua bán", period=T2),
    fig("và 2.134 con", "2.134", 2134, "count", "con bò", total=3180,
        subject="bò được mua bán", period=T2),
    fig("khoảng 350 con", "350", 350, "measure", "con/phiên", approx="about",
        subject="gia súc được đưa về chợ mỗi phiên", period=inh(T2)),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", subject="tỷ lệ giao dịch thành công", period=inh(T2)),
    fig("từ 40 đến 60", "40", 40e6, "money", "đồng/con", value_max=60e6,
        subject="giá trâu trưởng thành"),
    fig("hơn 80 triệu", "80", 80e6, "money", "đồng/con", approx="over",
        subject="giá trâu to, đẹp"),
    fig("từ 28 đến 35", "28", 28e6, "money", "đồng/con", value_max=35e6, subject="giá bò vàng địa phương"),
    fig("hàng nghìn lượt", "nghìn", 1000, "count", "lượt khách", approx="about",
        subject="lượt khách du lịch đến tham quan chợ mỗi năm", optional=True),
    fig("có 28.460 con", "28.460", 28460, "count", "con trâu, bò", subject="đàn trâu, bò toàn huyện",
        period=Y23),
    fig("bò 21.300 con", "21.300", 21300, "count", "con", total=28460, subject="đàn bò", period=Y23),
    fig("trâu 7.160 con", "7.160", 7160, "count", "con", total=28460, subject="đàn trâu", period=Y23),
    fig("đạt 6.720 con", "6.720", 6720, "count", "con", subject="gia súc xuất bán qua chợ", period=Y23),
    fig("khoảng 210 tỷ", "210", 210e9, "money", "đồng", approx="about", status="estimate",
        subject="thu nhập từ buôn bán gia súc", period=Y23),
    fig("phí 30.000 đồng", "30.000", 30000, "money", "đồng/con", subject="mức thu phí trâu, bò vào chợ"),
    fig("đưa 100% gia súc", "100", 100, "percent", "%", status="target",
        subject="gia súc vào chợ được kiểm tra, kiểm dịch", period=Y24),
    fig("khoảng 4,5 tỷ", "4,5", 4.5e9, "money", "đồng", approx="about", status="forecast",
        subject="vốn đầu tư nâng cấp khu chợ", period=Y24),
]

NOTES = [
    "District portal (huyện Mèo Vạc, Hà Giang): banner, menu, date '05/03/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Distractors: 10:20, 'tổ 3', 'Tổ 2', Quyết định số 215/QĐ-UBND ngày 12/01/2024, 'Chương trình 135', 'năm 2023'/'năm 2024' in links,",
    "phone 0219.3871.234; 'Hai tháng đầu năm' (period, not a count); 'Giá một con trâu' (the denominator, not a figure);",
    "'một trong những chợ ... lớn nhất' (idiom).",
    "Location: the article is the district's portal and every figure is the market's or the district's → Mèo Vạc.",
    "'trong đó có 1.046 con trâu và 2.134 con bò' and the bracket '(đàn bò 21.300 con, đàn trâu 7.160 con)' add up → totals.",
    "'hàng nghìn lượt khách' is a number word (FIGURES.md §2) but the spec defines no approx for 'hàng': optional.",
    "'Năm 2024, huyện phấn đấu ...; dự kiến ...' → 100% target, 4,5 tỷ forecast; both in 2024.",
]

if __name__ == "__main__":
    write("p1366-2", TEXT, NOTES, FIGS, published="2024-03-05", location="Mèo Vạc")
