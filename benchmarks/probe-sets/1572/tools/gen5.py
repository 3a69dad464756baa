"""p1572-5: provincial Party newspaper (Báo Đắk Lắk): a beekeeping cooperative in Krông Pắc makes beeswax shoe polish."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO ĐẮK LẮK ĐIỆN TỬ
Kinh tế > Nông nghiệp - Nông thôn

Xi sáp ong đánh giày từ hợp tác xã nuôi ong

Thứ Ba, 12/03/2024 - 07:15

Từ sáp ong vốn chỉ bán thô, Hợp tác xã Ong mật Ea Kly đã làm ra xi sáp ong đánh giày và sáp dưỡng da, nâng giá trị mỗi ký sáp lên gấp 4 lần.

(BĐL) - Hợp tác xã Ong mật Ea Kly (xã Ea Kly, huyện Krông Pắc) được thành lập từ năm 2018, hiện có 18 thành viên và gần ba chục hộ liên kết, nuôi khoảng 1.500 đàn ong. Năm 2023, hợp tác xã thu hoạch 3,2 tấn sáp ong, trong đó 40% được dùng để sản xuất xi đánh giày.

Theo Giám đốc hợp tác xã Nguyễn Thị Hoa, sau hai năm thử nghiệm, sản phẩm xi sáp ong không dùng dung môi độc hại đã được thị trường đón nhận. Năm 2023, hợp tác xã bán ra 26.000 hộp xi, giá 65.000 đồng/hộp; doanh thu từ các sản phẩm sáp đạt 1,7 tỷ đồng, tăng gần 30% so với năm 2022. Sản phẩm đạt chứng nhận OCOP 3 sao và đang có mặt tại hơn 40 cửa hàng giày da ở TP Buôn Ma Thuột.

Từ đầu năm đến nay, hợp tác xã đã xuất thử 2.000 hộp xi sang Nhật Bản. Năm 2024, hợp tác xã dự kiến nâng sản lượng lên 40.000 hộp và đầu tư máy đóng hộp tự động khoảng 450 triệu đồng.

Ông Y Bhin Niê, Phó Chủ tịch UBND huyện Krông Pắc cho biết, toàn huyện có 12 hợp tác xã nông nghiệp có sản phẩm OCOP; huyện phấn đấu đến năm 2025 có thêm ít nhất 5 sản phẩm từ ong đạt chuẩn OCOP.

HOÀNG LAN
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
EARLY = per("Từ đầu năm đến nay", "2024-01-01", "2024-03-12")
T25 = per("đến năm 2025", None, "2025-12-31")
KP = "Krông Pắc"

FIGS = [
    fig("gấp 4 lần", "4", 4, "multiple", "lần", subject="giá trị mỗi ký sáp"),
    fig("có 18 thành viên", "18", 18, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("gần ba chục hộ", "ba chục", 30, "count", "hộ", approx="nearly", subject="hộ liên kết"),
    fig("khoảng 1.500 đàn", "1.500", 1500, "count", "đàn ong", approx="about", subject="đàn ong hợp tác xã nuôi"),
    fig("thu hoạch 3,2 tấn", "3,2", 3.2, "measure", "tấn", subject="sáp ong hợp tác xã thu hoạch", period=Y23),
    fig("trong đó 40%", "40", 40, "percent", "%",
        subject="tỷ lệ sáp ong dùng để sản xuất xi đánh giày", period=Y23),
    fig("bán ra 26.000 hộp", "26.000", 26000, "count", "hộp", subject="xi hợp tác xã bán ra", period=Y23),
    fig("giá 65.000", "65.000", 65000, "money", "đồng/hộp", subject="giá xi sáp ong", period=Y23),
    fig("đạt 1,7 tỷ", "1,7", 1.7e9, "money", "đồng",
        change=chg("increase", 30, "%", "năm 2022", approx="nearly"),
        subject="doanh thu từ các sản phẩm sáp", period=Y23),
    fig("hơn 40 cửa hàng", "40", 40, "count", "cửa hàng", approx="over",
        subject="cửa hàng giày da có sản phẩm", location="Buôn Ma Thuột"),
    fig("xuất thử 2.000 hộp", "2.000", 2000, "count", "hộp", subject="xi xuất thử sang Nhật Bản", period=EARLY),
    fig("lên 40.000 hộp", "40.000", 40000, "count", "hộp", status="forecast", subject="sản lượng xi", period=Y24),
    fig("khoảng 450 triệu", "450", 450e6, "money", "đồng", approx="about", status="forecast",
        subject="đầu tư máy đóng hộp tự động", period=Y24),
    fig("có 12 hợp tác xã", "12", 12, "count", "hợp tác xã",
        subject="hợp tác xã nông nghiệp có sản phẩm OCOP"),
    fig("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm từ ong đạt chuẩn OCOP có thêm", period=T25),
]

NOTES = [
    "Provincial Party newspaper (Báo Đắk Lắk): sapo, tag '(BĐL) -', date line 'Thứ Ba, 12/03/2024 - 07:15' (published), byline at the end.",
    "Distractors: 07:15, 'từ năm 2018' (founding year), 'sau hai năm thử nghiệm' (a duration that locates the story in time), 'OCOP 3 sao', Y Bhin Niê.",
    "The cooperative is in xã Ea Kly, huyện Krông Pắc: location Krông Pắc for every figure (the district also speaks for its 12 cooperatives and its target).",
    "'hơn 40 cửa hàng giày da ở TP Buôn Ma Thuột': the shops stand in the city named: location Buôn Ma Thuột.",
    "'gấp 4 lần' stands alone as the claim: multiple. 'gần ba chục hộ' = 30, nearly. 'trong đó 40%' is a share of the 3,2 tấn: a percent figure of its own.",
    "'tăng gần 30% so với năm 2022' → change with approx nearly (the figure itself is exact). 'Từ đầu năm đến nay' → 2024-01-01 to the dateline.",
    "'Năm 2024 ... dự kiến' governs both clauses: forecast. 'phấn đấu đến năm 2025 ... ít nhất 5' → target, at_least.",
]

if __name__ == "__main__":
    write("p1572-5", TEXT, NOTES, FIGS, published="2024-03-12", location=KP)
