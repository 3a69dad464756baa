"""p1231-8: provincial newspaper online (Báo Quảng Bình, tag QBĐT): book bus in mountain districts, quarter III 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG BÌNH ĐIỆN TỬ
Giáo dục | Văn hóa | Xã hội

Hơn 9.000 lượt học sinh miền núi được phục vụ sách lưu động trong quý III

Thứ Năm, 17/10/2024 | 10:05

(QBĐT) - Trong quý III/2024, Thư viện tỉnh đã đưa xe sách lưu động đến 28 trường tiểu học, THCS thuộc các huyện Minh Hóa, Tuyên Hóa và Bố Trạch, phục vụ 9.240 lượt học sinh, tăng 11,5% so với quý II.

Các huyện Minh Hóa, Tuyên Hóa, Bố Trạch lần lượt có 12, 9 và 7 trường được phục vụ. Riêng tại xã Trọng Hóa (huyện Minh Hóa), nơi có đông đồng bào Chứt, Mày, Rục sinh sống, xe sách về 2 lần, mỗi lần khoảng 350 em tham gia đọc sách, vẽ tranh theo sách.

Ông Đinh Xuân Hải, Phó Giám đốc Thư viện tỉnh cho biết, xe hiện mang theo khoảng 3.000 bản sách, trong đó gần 30% là sách khoa học, kỹ năng sống. Từ đầu năm đến nay, thư viện đã phục vụ tổng cộng 24.600 lượt học sinh bằng xe lưu động, đạt 82% kế hoạch năm.

Tính đến ngày 30/9/2024, toàn tỉnh có 156 trường phổ thông có thư viện đạt chuẩn, chiếm 38,6% tổng số trường. Quý IV, Thư viện tỉnh dự kiến tổ chức thêm 10 chuyến xe, tập trung cho các trường ở huyện Lệ Thủy và Quảng Ninh; mỗi chuyến kéo dài từ 2 đến 3 ngày.

"Nhiều em lần đầu được cầm cuốn truyện tranh màu. Chúng tôi mong có thêm một xe nhỏ để vào được các bản sâu như Ra Mai, Cà Roòng", ông Hải nói.

PHAN PHƯƠNG
"""

Q3H = per("trong quý III", "2024-07-01", "2024-09-30")
Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-17")
ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
SCH = "trường được xe sách lưu động phục vụ"

FIGS = [
    fig("Hơn 9.000 lượt", "9.000", 9000, "count", "lượt học sinh", approx="over",
        subject="lượt học sinh miền núi được phục vụ sách lưu động", period=Q3H),
    fig("đến 28 trường", "28", 28, "count", "trường tiểu học, THCS", subject=SCH, period=Q3),
    fig("phục vụ 9.240 lượt", "9.240", 9240, "count", "lượt học sinh",
        change=chg("increase", 11.5, "%", "quý II"), subject="lượt học sinh được xe sách phục vụ", period=Q3),
    fig("lần lượt có 12", "12", 12, "count", "trường", subject=SCH, period=inh(Q3), location="Minh Hóa"),
    fig("12, 9 và", "9", 9, "count", "trường", subject=SCH, period=inh(Q3), location="Tuyên Hóa"),
    fig("và 7 trường", "7", 7, "count", "trường", subject=SCH, period=inh(Q3), location="Bố Trạch"),
    fig("về 2 lần", "2", 2, "count", "lần", subject="số lần xe sách về xã Trọng Hóa",
        period=inh(Q3), location="Minh Hóa"),
    fig("khoảng 350 em", "350", 350, "measure", "em/lần", approx="about",
        subject="em tham gia đọc sách, vẽ tranh mỗi lần xe về", period=inh(Q3), location="Minh Hóa"),
    fig("khoảng 3.000 bản", "3.000", 3000, "count", "bản sách", approx="about",
        subject="bản sách xe mang theo"),
    fig("gần 30%", "30", 30, "percent", "%", approx="nearly",
        subject="tỷ lệ sách khoa học, kỹ năng sống trong sách trên xe"),
    fig("cộng 24.600 lượt", "24.600", 24600, "count", "lượt học sinh", percent=82,
        subject="lượt học sinh được phục vụ bằng xe lưu động", period=YTD),
    fig("có 156 trường", "156", 156, "count", "trường phổ thông", percent=38.6,
        subject="trường phổ thông có thư viện đạt chuẩn", period=ASOF),
    fig("thêm 10 chuyến", "10", 10, "count", "chuyến xe", status="forecast",
        subject="chuyến xe sách lưu động tổ chức thêm", period=Q4),
    fig("từ 2 đến 3 ngày", "2", 2, "measure", "ngày", value_max=3, status="forecast",
        subject="thời gian mỗi chuyến xe kéo dài"),
    fig("thêm một xe", "một", 1, "count", "xe", optional=True, subject="xe nhỏ mong có thêm"),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Bình, tag '(QBĐT) -'): dateline 'Thứ Năm, 17/10/2024 | 10:05', byline at the end. Location Quảng Bình.",
    "Headline 'trong quý III' (no year) takes 2024 from the dateline. 'tăng 11,5% so với quý II' is the change of 9.240 (baseline quý II).",
    "'lần lượt có 12, 9 và 7 trường' is a list sharing the indicator; it adds up to 28 but no part cue (trong đó/gồm/bracket) ties it: no total; each item located in its district.",
    "'Riêng tại xã Trọng Hóa (huyện Minh Hóa)': figures in Minh Hóa. 'mỗi lần khoảng 350 em' → measure 'em/lần'.",
    "'trong đó gần 30% là sách khoa học' is the share of a part with no count: a percent figure of its own. 'chiếm 38,6% tổng số trường' is the percent of 156.",
    "'Quý IV … dự kiến … thêm 10 chuyến …, tập trung cho … Lệ Thủy và Quảng Ninh': a provincial plan, location Quảng Bình (huyện Quảng Ninh is a district of Quảng Bình, not the province Quảng Ninh).",
    "'mỗi chuyến kéo dài từ 2 đến 3 ngày' continues the forecast clause (after ';'): forecast, no period. 'mong có thêm một xe nhỏ' is a wish: optional.",
    "Distractors: '10:05', 'Thứ Năm', '(QBĐT)', 'lần đầu', place names Ra Mai, Cà Roòng.",
]

if __name__ == "__main__":
    write("p1231-8", TEXT, NOTES, FIGS, published="2024-10-17", location="Quảng Bình")
