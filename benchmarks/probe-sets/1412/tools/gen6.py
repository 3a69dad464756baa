"""p1412-6: national newspaper (VnExpress-like): Gia Lai farmers spend on fall armyworm sprays."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự › Nông nghiệp
Thứ sáu, 13/9/2024, 15:40 (GMT+7)

Nông dân Gia Lai tốn bạc triệu vì sâu keo mùa thu

Mỗi vụ ngô, nhiều hộ ở Gia Lai phải chi thêm 1,5-2 triệu đồng mỗi ha để phun thuốc diệt sâu keo mùa thu, loài sâu hại đã xuất hiện ở Việt Nam hơn năm năm nay.

Gần 7h sáng, ông Rơ Châm Hyưn (48 tuổi, làng Tơ Vơn, xã Ia Mơ, huyện Chư Prông) đã đeo bình phun ra rẫy. Gia đình ông trồng 2 ha ngô thu đông, cây vừa lên đọt đã bị sâu cắn nát. "Năm ngoái nhà tôi thu được 11 tấn ngô hạt, năm nay sâu nhiều quá, ước chỉ được 7-8 tấn", ông nói. Mỗi lần phun, ông mua 4 chai thuốc, giá 95.000 đồng một chai.

Theo Sở Nông nghiệp và Phát triển nông thôn Gia Lai, năm nay toàn tỉnh trồng khoảng 52.000 ha ngô, trong đó ngô thu đông hơn 9.000 ha. Đến ngày 10/9, sâu keo mùa thu đã gây hại 3.620 ha, nặng nhất ở các huyện Chư Prông, Ia Pa và Krông Pa, với mật độ 10-20 con/m2, có nơi hơn 50 con/m2.

Ông Nguyễn Văn Tâm, Phó Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật Gia Lai, cho biết ở các mô hình thả ong ký sinh và phun nấm xanh trong tỉnh, tỷ lệ sâu bị ký sinh đạt 25-30%, giúp giảm 2 lần phun thuốc mỗi vụ. Hiện chi phí thuốc trừ sâu trên ngô cao gấp 3 lần so với trước năm 2019, trong khi giá ngô hạt chỉ 6.800-7.200 đồng/kg.

Cả nước hiện có khoảng 880 ngàn ha ngô; từ đầu năm đến nay, sâu keo mùa thu đã gây hại hơn 27.000 ha, nhiều nhất là Sơn La, Gia Lai và Đắk Lắk.

Trần Hoài

Chia sẻ | 12 bình luận
"""

Y24 = per("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("thêm 1,5-2 triệu", "1,5", 1.5e6, "money", "đồng/ha", value_max=2e6,
        subject="chi phí phun thuốc diệt sâu keo mùa thu mỗi vụ ngô"),
    fig("hơn năm năm nay", "năm", 5, "measure", "năm", approx="over", optional=True),
    fig("48 tuổi", "48", 48, "measure", "tuổi", location="Chư Prông", optional=True),
    fig("trồng 2 ha", "2", 2, "measure", "ha", subject="diện tích ngô thu đông gia đình ông trồng",
        location="Chư Prông"),
    fig("được 11 tấn", "11", 11, "measure", "tấn", subject="ngô hạt nhà ông thu được",
        period=per("Năm ngoái", "2023-01-01", "2023-12-31"), location="Chư Prông"),
    fig("được 7-8 tấn", "7", 7, "measure", "tấn", value_max=8, status="estimate",
        subject="ngô hạt nhà ông thu được", period=Y24, location="Chư Prông"),
    fig("mua 4 chai", "4", 4, "count", "chai/lần", subject="chai thuốc mua mỗi lần phun", location="Chư Prông"),
    fig("giá 95.000 đồng", "95.000", 95000, "money", "đồng/chai", subject="giá thuốc", location="Chư Prông"),
    fig("khoảng 52.000 ha", "52.000", 52000, "measure", "ha", approx="about",
        subject="diện tích ngô toàn tỉnh trồng", period=Y24),
    fig("hơn 9.000 ha", "9.000", 9000, "measure", "ha", approx="over", total=52000,
        subject="diện tích ngô thu đông", period=Y24),
    fig("gây hại 3.620 ha", "3.620", 3620, "measure", "ha", subject="diện tích ngô bị sâu keo mùa thu gây hại",
        period=per("Đến ngày 10/9", None, "2024-09-10")),
    fig("mật độ 10-20 con/m2", "10", 10, "measure", "con/m2", value_max=20, subject="mật độ sâu",
        period=per("Đến ngày 10/9", None, "2024-09-10")),
    fig("hơn 50 con/m2", "50", 50, "measure", "con/m2", approx="over", subject="mật độ sâu có nơi",
        period=per("Đến ngày 10/9", None, "2024-09-10")),
    fig("đạt 25-30%", "25", 25, "percent", "%", value_max=30,
        subject="tỷ lệ sâu bị ký sinh ở các mô hình thả ong ký sinh và phun nấm xanh"),
    fig("giảm 2 lần", "2", 2, "count", "lần", subject="lần phun thuốc giảm mỗi vụ"),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", subject="chi phí thuốc trừ sâu trên ngô"),
    fig("chỉ 6.800-7.200", "6.800", 6800, "money", "đồng/kg", value_max=7200, subject="giá ngô hạt"),
    fig("khoảng 880 ngàn ha", "880", 880000, "measure", "ha", approx="about", subject="diện tích ngô cả nước",
        location="Việt Nam"),
    fig("hơn 27.000 ha", "27.000", 27000, "measure", "ha", approx="over",
        subject="diện tích ngô bị sâu keo mùa thu gây hại",
        period=per("từ đầu năm đến nay", "2024-01-01", "2024-09-13"), location="Việt Nam"),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ sáu, 13/9/2024, 15:40 (GMT+7)', sapo, quote, byline, 'Chia sẻ | 12 bình luận'.",
    "Default location Gia Lai; the household (xã Ia Mơ, huyện Chư Prông) → Chư Prông; 'Cả nước' figures → Việt Nam.",
    "Distractors: '(GMT+7)', '15:40', 'Gần 7h sáng', '12 bình luận', 'trước năm 2019' (a baseline).",
    "Optional: 'hơn năm năm nay' (a duration that locates the pest's arrival in time; 'năm' = five and year), the farmer's age '48 tuổi'.",
    "'1,5-2 triệu đồng mỗi ha' → money range in đồng/ha. 'Năm ngoái' = 2023 (published 2024); 'năm nay' = 2024.",
    "'ước chỉ được 7-8 tấn' → estimate. 'Mỗi lần phun, ông mua 4 chai' → a rate, unit 'chai/lần'; '95.000 đồng một chai' → đồng/chai.",
    "'trong đó ngô thu đông hơn 9.000 ha' → total 52000. The densities stand in the 'Đến ngày 10/9' sentence → that as-of date.",
    "The parasitism rate is placed by the text in the province ('trong tỉnh'): location Gia Lai. 'giảm 2 lần phun thuốc' is a count.",
    "'cao gấp 3 lần so với trước năm 2019' has no base amount → a multiple figure on its own.",
    "'Hiện' gives no period. 'từ đầu năm đến nay' = 2024-01-01..2024-09-13 (published).",
]

if __name__ == "__main__":
    write("p1412-6", TEXT, NOTES, FIGS, published="2024-09-13", location="Gia Lai")
