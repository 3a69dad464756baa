"""p1275-1: province portal (Đồng Nai): workplace lactation rooms counted by the provincial trade union."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG NAI
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Hơn 320 doanh nghiệp có phòng vắt, trữ sữa cho lao động nữ

Cập nhật: 12/08/2024 09:45 | Lượt xem: 1.836

Theo Liên đoàn Lao động tỉnh, tính đến ngày 31/7/2024, toàn tỉnh Đồng Nai có 326 doanh nghiệp bố trí phòng vắt, trữ sữa cho lao động nữ, tăng 41 doanh nghiệp so với cuối năm 2023. Trong đó, 214 doanh nghiệp nằm trong các khu công nghiệp và 112 doanh nghiệp ngoài khu công nghiệp.

Đồng Nai hiện có khoảng 1,2 triệu công nhân lao động, lao động nữ chiếm gần 58%. Theo Điều 139 Bộ luật Lao động năm 2019 và Nghị định số 145/2020/NĐ-CP, doanh nghiệp sử dụng nhiều lao động nữ phải bố trí phòng vắt, trữ sữa phù hợp.

Trong 7 tháng đầu năm 2024, công đoàn các cấp đã hỗ trợ xây dựng mới 38 phòng với tổng kinh phí hơn 1,1 tỷ đồng, bình quân khoảng 30 triệu đồng/phòng. Mỗi phòng có diện tích tối thiểu 4 m2, được trang bị tủ lạnh, ghế, bồn rửa tay và rèm che.

Tại Công ty TNHH Giày da Phú Long (Khu công nghiệp Amata, TP Biên Hòa), với hơn 9.500 lao động, trong đó 7.800 lao động nữ, công ty đã bố trí 6 phòng vắt, trữ sữa tại các xưởng. Bình quân mỗi ngày có khoảng 150 lượt lao động nữ sử dụng. Từ đầu năm đến nay, công ty còn chi 420 triệu đồng hỗ trợ lao động nữ nuôi con nhỏ, mức 300.000 đồng/người/tháng.

Phấn đấu đến năm 2025, 100% doanh nghiệp có từ 1.000 lao động nữ trở lên có phòng vắt, trữ sữa; mỗi khu công nghiệp có ít nhất hai phòng vắt, trữ sữa dùng chung.

Tin liên quan:
- Tháng hành động vì bình đẳng giới năm 2024
- Biên Hòa: Ra mắt mô hình "Mái ấm công đoàn" tại Khu công nghiệp Long Bình
"""

ASOF = per("tính đến ngày 31/7/2024", None, "2024-07-31")
M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-08-12")
T25 = per("đến năm 2025", None, "2025-12-31")
BH = "Biên Hòa"

FIGS = [
    fig("Hơn 320 doanh nghiệp", "320", 320, "count", "doanh nghiệp", approx="over",
        subject="doanh nghiệp có phòng vắt, trữ sữa cho lao động nữ"),
    fig("có 326 doanh nghiệp", "326", 326, "count", "doanh nghiệp",
        change=chg("increase", 41, "doanh nghiệp", "cuối năm 2023"),
        subject="doanh nghiệp bố trí phòng vắt, trữ sữa cho lao động nữ", period=ASOF),
    fig("214 doanh nghiệp", "214", 214, "count", "doanh nghiệp", total=326,
        subject="doanh nghiệp nằm trong các khu công nghiệp có phòng vắt, trữ sữa", period=inh(ASOF)),
    fig("112 doanh nghiệp", "112", 112, "count", "doanh nghiệp", total=326,
        subject="doanh nghiệp ngoài khu công nghiệp có phòng vắt, trữ sữa", period=inh(ASOF)),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "công nhân lao động", approx="about",
        subject="công nhân lao động"),
    fig("chiếm gần 58%", "58", 58, "percent", "%", approx="nearly",
        subject="tỷ lệ lao động nữ trong công nhân lao động"),
    fig("mới 38 phòng", "38", 38, "count", "phòng",
        subject="phòng vắt, trữ sữa công đoàn hỗ trợ xây dựng mới", period=M7),
    fig("hơn 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", approx="over",
        subject="tổng kinh phí hỗ trợ xây dựng phòng vắt, trữ sữa", period=M7),
    fig("khoảng 30 triệu", "30", 30e6, "money", "đồng/phòng", approx="about",
        subject="kinh phí bình quân mỗi phòng", period=M7),
    fig("tối thiểu 4 m2", "4", 4, "measure", "m2", approx="at_least",
        subject="diện tích mỗi phòng vắt, trữ sữa"),
    fig("hơn 9.500 lao động", "9.500", 9500, "count", "lao động", approx="over",
        subject="lao động của Công ty TNHH Giày da Phú Long", location=BH),
    fig("7.800 lao động nữ", "7.800", 7800, "count", "lao động nữ", total=9500,
        subject="lao động nữ của công ty", location=BH),
    fig("bố trí 6 phòng", "6", 6, "count", "phòng",
        subject="phòng vắt, trữ sữa công ty bố trí tại các xưởng", location=BH),
    fig("khoảng 150 lượt", "150", 150, "measure", "lượt/ngày", approx="about",
        subject="lượt lao động nữ sử dụng phòng vắt, trữ sữa mỗi ngày", location=BH),
    fig("chi 420 triệu", "420", 420e6, "money", "đồng",
        subject="kinh phí công ty hỗ trợ lao động nữ nuôi con nhỏ", period=YTD, location=BH),
    fig("mức 300.000", "300.000", 300000, "money", "đồng/người/tháng",
        subject="mức hỗ trợ lao động nữ nuôi con nhỏ", period=YTD, location=BH),
    fig("100% doanh nghiệp", "100", 100, "percent", "%", status="target",
        subject="doanh nghiệp có từ 1.000 lao động nữ trở lên có phòng vắt, trữ sữa", period=T25),
    fig("từ 1.000 lao động nữ", "1.000", 1000, "count", "lao động nữ", approx="at_least", status="target",
        subject="lao động nữ của doanh nghiệp", period=T25, optional=True),
    fig("ít nhất hai phòng", "hai", 2, "count", "phòng", approx="at_least", status="target",
        subject="phòng vắt, trữ sữa dùng chung mỗi khu công nghiệp", period=T25),
]

NOTES = [
    "Province portal (Đồng Nai): breadcrumb, headline figure, 'Cập nhật: 12/08/2024 09:45 | Lượt xem: 1.836', related links.",
    "Distractors: 09:45, Lượt xem 1.836, 'Điều 139 Bộ luật Lao động năm 2019', 'Nghị định số 145/2020/NĐ-CP', 'năm 2024' in a link title.",
    "'tăng 41 doanh nghiệp so với cuối năm 2023' is a change in doanh nghiệp; 'Trong đó' parts after a sentence break take total 326.",
    "'lao động nữ chiếm gần 58%' is the women's share of the workforce, not a share of 1,2 triệu: a percent figure of its own.",
    "Company passage in TP Biên Hòa: location Biên Hòa; 'Bình quân mỗi ngày ... khoảng 150 lượt' is a rate (lượt/ngày).",
    "'Từ đầu năm đến nay' ends at the dateline 2024-08-12; the monthly support rate in the same sentence takes it too.",
    "'từ 1.000 lao động nữ trở lên' is a size class inside the target's definition: optional. 'Phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1275-1", TEXT, NOTES, FIGS, published="2024-08-12", location="Đồng Nai")
