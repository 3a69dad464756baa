"""p1428-5: provincial Party newspaper (Báo Khánh Hòa): a sea grapes processor in TP Cam Ranh, city figures."""
from lib import fig, per, chg, write

TEXT = """BÁO KHÁNH HÒA
Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao

Nâng giá trị rong nho Cam Ranh

Thứ Năm, 23/05/2024 | 07:15

(BKH) - Từ chỗ chỉ bán rong nho tươi cho thương lái, nhiều cơ sở ở TP Cam Ranh đã đầu tư chế biến rong nho tách nước, giúp giá trị sản phẩm tăng gấp 8-10 lần.

Tại phường Cam Phúc Nam, Công ty TNHH Rong biển Lam Phương hiện nuôi 12 ha rong nho trong ao lót bạt, vận hành hai dây chuyền sơ chế và một nhà xưởng rộng khoảng 2.000 m2. Mỗi ngày, công ty sơ chế từ 3 đến 4 tấn rong tươi, cho ra khoảng 600 kg rong nho tách nước, đóng thành các dòng sản phẩm Lam Phương Fresh 365 và gói ăn liền 20 g.

Năm 2023, công ty tiêu thụ 98 tấn rong nho tách nước, trong đó xuất khẩu 41 tấn sang Nhật Bản và Hàn Quốc; doanh thu đạt 26,5 tỷ đồng, tăng 18% so với năm 2022. 5 tháng đầu năm 2024, doanh thu ước đạt 12 tỷ đồng, bằng 40% kế hoạch năm. Công ty tạo việc làm cho 65 lao động địa phương với thu nhập 7,5 triệu đồng/người/tháng.

"Năm 2025, chúng tôi đặt mục tiêu xuất khẩu 80 tấn, gấp đôi năm 2023", bà Võ Thị Thanh Hương, Giám đốc công ty cho biết.

Theo UBND TP Cam Ranh, toàn thành phố có 74 ha nuôi rong nho với 112 hộ và 6 doanh nghiệp tham gia; sản lượng năm 2023 đạt 905 tấn, chiếm 56,2% sản lượng toàn tỉnh.

HẢI LĂNG
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
CO = "Công ty TNHH Rong biển Lam Phương"

FIGS = [
    fig("gấp 8-10 lần", "8", 8, "multiple", "lần", value_max=10,
        subject="giá trị sản phẩm rong nho tách nước"),
    fig("nuôi 12 ha", "12", 12, "measure", "ha", subject=f"diện tích rong nho {CO} nuôi trong ao lót bạt"),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền sơ chế công ty vận hành"),
    fig("một nhà xưởng", "một", 1, "count", "nhà xưởng", subject="nhà xưởng công ty vận hành"),
    fig("khoảng 2.000 m2", "2.000", 2000, "measure", "m2", approx="about", subject="diện tích nhà xưởng"),
    fig("từ 3 đến 4 tấn", "3", 3, "measure", "tấn/ngày", value_max=4,
        subject="rong tươi công ty sơ chế mỗi ngày"),
    fig("khoảng 600 kg", "600", 600, "measure", "kg/ngày", approx="about",
        subject="rong nho tách nước thu được mỗi ngày"),
    fig("gói ăn liền 20 g", "20", 20, "measure", "g", subject="khối lượng gói rong nho ăn liền", optional=True),
    fig("tiêu thụ 98 tấn", "98", 98, "measure", "tấn", subject="rong nho tách nước công ty tiêu thụ", period=Y23),
    fig("xuất khẩu 41 tấn", "41", 41, "measure", "tấn", total=98,
        subject="rong nho tách nước xuất khẩu", period=Y23),
    fig("đạt 26,5 tỷ", "26,5", 26.5e9, "money", "đồng", change=chg("increase", 18, "%", "năm 2022"),
        subject="doanh thu của công ty", period=Y23),
    fig("ước đạt 12 tỷ", "12", 12e9, "money", "đồng", status="estimate", percent=40,
        subject="doanh thu của công ty", period=M5),
    fig("cho 65 lao động", "65", 65, "count", "lao động", subject="lao động địa phương có việc làm tại công ty"),
    fig("thu nhập 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", subject="thu nhập của lao động"),
    fig("xuất khẩu 80 tấn", "80", 80, "measure", "tấn", status="target",
        change=chg("increase", 2, "lần", "năm 2023"), subject="rong nho xuất khẩu của công ty", period=Y25),
    fig("có 74 ha", "74", 74, "measure", "ha", subject="diện tích nuôi rong nho toàn thành phố"),
    fig("112 hộ", "112", 112, "count", "hộ", subject="hộ tham gia nuôi rong nho"),
    fig("và 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", subject="doanh nghiệp tham gia nuôi rong nho"),
    fig("đạt 905 tấn", "905", 905, "measure", "tấn", percent=56.2, subject="sản lượng rong nho toàn thành phố",
        period=Y23b),
]

NOTES = [
    "Provincial Party newspaper (Báo Khánh Hòa): menu, 'Thứ Năm, 23/05/2024 | 07:15', sapo with tag '(BKH) -', quote, byline at the end.",
    "Distractors: 07:15, product name 'Lam Phương Fresh 365', 'm2' in '2.000 m2', the byline.",
    "Every figure is in TP Cam Ranh (company in phường Cam Phúc Nam; city figures from UBND TP Cam Ranh): location Cam Ranh.",
    "Sapo 'tăng gấp 8-10 lần' with no base amount: a multiple figure of its own (8-10 lần). 'gấp đôi năm 2023' is the change of the 80 tấn target.",
    "'Mỗi ngày ... từ 3 đến 4 tấn', '... khoảng 600 kg' are daily rates. 'gói ăn liền 20 g' is a pack size: optional.",
    "'hiện', present-tense plant and staff figures get no period. 'trong đó xuất khẩu 41 tấn': total 98.",
    "The quote 'Năm 2025, chúng tôi đặt mục tiêu ...' is a target for 2025.",
]

if __name__ == "__main__":
    write("p1428-5", TEXT, NOTES, FIGS, published="2024-05-23", location="Cam Ranh")
