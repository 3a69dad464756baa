"""p758-6: national press — hội đua ngựa Gò Thì Thùng (Tuy An, Phú Yên), Tết 2024."""
from lib import emit, fig, per, inh, year, chg

TEXT = """Thứ hai, 19/2/2024, 07:00 (GMT+7)

Hơn 20.000 người xem hội đua ngựa Gò Thì Thùng

Phú Yên - Hội đua ngựa truyền thống Gò Thì Thùng ở xã An Xuân, huyện Tuy An diễn ra hôm mùng 9 Tết, thu hút hơn 20.000 người dân và du khách, đông nhất trong 10 năm qua.

Năm nay có 32 con ngựa của 29 chủ ngựa đến từ các huyện Tuy An, Đồng Xuân, Sơn Hòa và tỉnh Bình Định tham gia, nhiều hơn 7 con so với năm ngoái. Ngựa được chia thành 2 bảng theo chiều cao, chạy trên đường đua hình bầu dục dài khoảng 800 m, mỗi lượt đua 5 vòng. Các nài ngựa là nông dân từ 15 đến 60 tuổi, cưỡi ngựa không yên.

Ông Nguyễn Văn Ân, Trưởng ban tổ chức, cho biết tổng giá trị giải thưởng năm nay là 45 triệu đồng, gấp 1,5 lần năm 2023; giải nhất trị giá 10 triệu đồng kèm một con bê. UBND huyện Tuy An hỗ trợ mỗi chủ ngựa 1 triệu đồng tiền thức ăn; tổng kinh phí tổ chức hội đua khoảng 150 triệu đồng, trong đó nguồn xã hội hóa 90 triệu đồng.

Theo Sở Văn hóa, Thể thao và Du lịch Phú Yên, hội đua ngựa Gò Thì Thùng có lịch sử hơn 200 năm, được công nhận Di sản văn hóa phi vật thể quốc gia năm 2020. Cả tỉnh hiện có khoảng 1.100 con ngựa, giảm 46% so với năm 2015, chủ yếu nuôi để kéo xe và tham gia hội đua.

Ở phía Bắc, giải đua ngựa truyền thống Bắc Hà (Lào Cai) tổ chức vào tháng 6 hằng năm cũng thu hút trung bình 10.000-12.000 lượt khách mỗi mùa.

Trần Hóa
"""

NAMNAY = year("Năm nay", 2024)

FIGS = [
    fig("Hơn 20.000 người xem", "20.000", 20000, "count", "người", "người xem hội đua ngựa Gò Thì Thùng",
        approx="over"),
    fig("thu hút hơn 20.000 người", "20.000", 20000, "count", "người", "người dân và du khách đến hội đua ngựa",
        approx="over"),
    fig("có 32 con ngựa", "32", 32, "count", "con", "ngựa tham gia hội đua", NAMNAY,
        change=chg("increase", 7, "con", "năm ngoái")),
    fig("của 29 chủ ngựa", "29", 29, "count", "chủ ngựa", "chủ ngựa tham gia hội đua", NAMNAY),
    fig("thành 2 bảng", "2", 2, "count", "bảng", "bảng đua", optional=True),
    fig("khoảng 800 m", "800", 800, "measure", "m", "chiều dài đường đua hình bầu dục", approx="about"),
    fig("5 vòng", "5", 5, "count", "vòng", "số vòng mỗi lượt đua"),
    fig("từ 15 đến 60 tuổi", "15", 15, "measure", "tuổi", "tuổi nài ngựa", value_max=60, optional=True),
    fig("là 45 triệu đồng", "45", 45e6, "money", "đồng", "tổng giá trị giải thưởng", year("năm nay", 2024),
        change=chg("increase", 1.5, "lần", "năm 2023")),
    fig("trị giá 10 triệu đồng", "10", 10e6, "money", "đồng", "giá trị giải nhất"),
    fig("một con bê", "một", 1, "count", "con bê", "giải thưởng kèm theo", optional=True),
    fig("chủ ngựa 1 triệu đồng", "1", 1e6, "money", "đồng", "mức hỗ trợ tiền thức ăn mỗi chủ ngựa"),
    fig("khoảng 150 triệu đồng", "150", 150e6, "money", "đồng", "tổng kinh phí tổ chức hội đua", approx="about"),
    fig("hóa 90 triệu đồng", "90", 90e6, "money", "đồng", "nguồn xã hội hóa", total=150e6),
    fig("hơn 200 năm", "200", 200, "measure", "năm", "lịch sử hội đua ngựa Gò Thì Thùng", approx="over",
        optional=True),
    fig("khoảng 1.100 con", "1.100", 1100, "count", "con", "đàn ngựa cả tỉnh", approx="about",
        change=chg("decrease", 46, "%", "năm 2015"), location="Phú Yên"),
    fig("trung bình 10.000-12.000", "10.000", 10000, "count", "lượt khách",
        "lượt khách đến giải đua ngựa truyền thống Bắc Hà mỗi mùa", value_max=12000, location="Bắc Hà"),
]

COMMENTS = [
    "National press, 'Thứ hai, 19/2/2024, 07:00 (GMT+7)', byline at the end: Gò Thì Thùng horse race, mùng 9 Tết Giáp Thìn (18/2/2024).",
    "Location Tuy An (the race's district, named; 'Phú Yên -' is the dateline tag); the province herd is Phú Yên's; the Bắc Hà comparison is Bắc Hà's.",
    "'nhiều hơn 7 con so với năm ngoái' is the change of 32 con; 'gấp 1,5 lần năm 2023' after the prize fund is its change (lần), not a multiple.",
    "Optional: '2 bảng' (structure of the race), 'từ 15 đến 60 tuổi' (age range, cf. 'từ 15 tuổi' in shared 000), 'một con bê' (cf. 'một mặt hàng' in h17),",
    "'lịch sử hơn 200 năm' (an age). Distractors: 'mùng 9 Tết' (lunar date), 'trong 10 năm qua' (duration), 'năm 2020', '(GMT+7)'.",
    "'hôm mùng 9 Tết' is a lunar date the spec does not resolve: the 20.000 figures get no period. 'mỗi mùa' is no period.",
]

if __name__ == "__main__":
    emit("p758-6", TEXT, COMMENTS, FIGS, published="2024-02-19", location="Tuy An")
