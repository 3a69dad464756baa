"""p1244-8: radio/TV site (Đài PT-TH Đồng Tháp, THDT): ba ba in cement tanks in huyện Tháp Mười, 9 months 2022."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """THDT - Đài Phát thanh và Truyền hình Đồng Tháp
Thời sự | Kinh tế | Nông nghiệp | Video | Phát thanh

Tháp Mười: Nuôi ba ba trong bể xi măng, lãi gấp 3 lần trồng lúa

Thứ Năm, 22/09/2022 - 17:45

(THDT) - Xã Mỹ Hòa, huyện Tháp Mười hiện có ba chục hộ nuôi ba ba trong bể xi măng, tổng số ba ba đang nuôi khoảng 25 nghìn con.

Anh Lê Minh Trí, ấp Mỹ Thị A, là một trong những người nuôi đầu tiên ở xã. Anh xây 12 bể, mỗi bể rộng 20 m2, thả nuôi tổng cộng 3.600 con, mật độ 15 con/m2. Sau 14 tháng, ba ba đạt trọng lượng bình quân 0,8 kg/con. Với giá bán 250.000 đồng/kg, mỗi năm anh thu lãi hơn 180 triệu đồng.

Chi phí thức ăn chiếm khoảng 65% tổng chi phí nuôi. Anh Trí sử dụng thức ăn viên Aqua F40 kết hợp cá tạp, giúp rút ngắn thời gian nuôi khoảng 2 tháng.

Theo Phòng Nông nghiệp huyện Tháp Mười, 9 tháng năm 2022, toàn huyện có 86 hộ nuôi ba ba, số lượng trên 140.000 con, đứng thứ hai toàn tỉnh về số lượng ba ba nuôi, sau huyện Cao Lãnh. Sản lượng xuất bán trong quý III đạt 38 tấn, giảm 12% so với quý II, do giá thức ăn tăng 15-18%.

Huyện dự kiến đến cuối năm nay thành lập một tổ hợp tác với từ 15 đến 20 thành viên để kết nối tiêu thụ ổn định cho người nuôi.

Tin cùng chuyên mục:
- Đồng Tháp: Tập huấn phòng bệnh cho thủy sản nuôi
- Bản tin Nông nghiệp số 37
"""

NINE = per("9 tháng năm 2022", "2022-01-01", "2022-09-30")
Q3 = per("quý III", "2022-07-01", "2022-09-30")
EOY = per("đến cuối năm nay", None, "2022-12-31")

FIGS = [
    fig("lãi gấp 3 lần", "3", 3, "multiple", "lần",
        subject="lãi nuôi ba ba trong bể xi măng so với trồng lúa"),
    fig("có ba chục hộ", "ba chục", 30, "count", "hộ", subject="hộ nuôi ba ba trong bể xi măng"),
    fig("khoảng 25 nghìn con", "25", 25000, "count", "con", approx="about", subject="tổng số ba ba đang nuôi"),
    fig("xây 12 bể", "12", 12, "count", "bể", subject="bể anh Lê Minh Trí xây"),
    fig("rộng 20 m2", "20", 20, "measure", "m2", subject="diện tích mỗi bể"),
    fig("tổng cộng 3.600 con", "3.600", 3600, "count", "con", subject="ba ba thả nuôi"),
    fig("15 con/m2", "15", 15, "measure", "con/m2", subject="mật độ thả nuôi"),
    fig("Sau 14 tháng", "14", 14, "measure", "tháng", subject="thời gian nuôi", optional=True),
    fig("bình quân 0,8 kg/con", "0,8", 0.8, "measure", "kg/con", subject="trọng lượng bình quân ba ba"),
    fig("giá bán 250.000", "250.000", 250000, "money", "đồng/kg", subject="giá bán ba ba"),
    fig("lãi hơn 180 triệu", "180", 180e6, "money", "đồng/năm", approx="over", subject="lãi mỗi năm của anh Trí"),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="chi phí thức ăn trong tổng chi phí nuôi"),
    fig("khoảng 2 tháng", "2", 2, "measure", "tháng", approx="about", subject="thời gian nuôi được rút ngắn"),
    fig("có 86 hộ", "86", 86, "count", "hộ", subject="hộ nuôi ba ba toàn huyện", period=NINE),
    fig("trên 140.000 con", "140.000", 140000, "count", "con", approx="over",
        subject="số lượng ba ba nuôi", period=NINE),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="số lượng ba ba nuôi", period=NINE),
    fig("đạt 38 tấn", "38", 38, "measure", "tấn", change=chg("decrease", 12, "%", "quý II"),
        subject="sản lượng ba ba xuất bán", period=Q3),
    fig("tăng 15-18%", "15", 15, "percent", "%", value_max=18, subject="giá thức ăn"),
    fig("một tổ hợp tác", "một", 1, "count", "tổ hợp tác", status="forecast",
        subject="tổ hợp tác thành lập", period=EOY),
    fig("từ 15 đến 20 thành viên", "15", 15, "count", "thành viên", value_max=20, status="forecast",
        subject="thành viên tổ hợp tác", period=EOY),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đồng Tháp): menu, 'Thứ Năm, 22/09/2022 - 17:45', tag '(THDT) -', 'Tin cùng chuyên mục'. Location Tháp Mười throughout.",
    "Distractors: 17:45, 'ấp Mỹ Thị A', 'một trong những người nuôi đầu tiên' (idiom), 'thức ăn viên Aqua F40' (product), 'Bản tin Nông nghiệp số 37'.",
    "Headline 'lãi gấp 3 lần trồng lúa' stands alone as the claim: kind multiple.",
    "'ba chục hộ' = 30 (number word). 'khoảng 25 nghìn con' = 25.000.",
    "'mỗi bể rộng 20 m2' is the size of each tank (m2), as 1242 annotated 'mỗi bồn dung tích 1.000 lít' (lít).",
    "'Sau 14 tháng, ba ba đạt …' locates the weight in time (a duration before the claim): optional.",
    "'rút ngắn thời gian nuôi khoảng 2 tháng' is the amount of the reduction: a measure in tháng.",
    "'mỗi năm anh thu lãi hơn 180 triệu đồng' → đồng/năm.",
    "'9 tháng năm 2022' governs the 86 hộ, 140.000 con and the rank (same sentence). Year-less 'quý III' takes 2022.",
    "'giảm 12% so với quý II' is the change of 38 tấn; 'do giá thức ăn tăng 15-18%' is a growth rate as the claim (percent, range), not dated.",
    "'dự kiến đến cuối năm nay' → forecast; period end 2022-12-31, start null (as-of, like 'đến năm 2025').",
]

if __name__ == "__main__":
    write("p1244-8", TEXT, NOTES, FIGS, published="2022-09-22", location="Tháp Mười")
