"""p907-4: ministry site (Bộ Nông nghiệp và Môi trường), national sericulture 2024 and 2030 targets."""
from lib import F, P, I, C, T, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Trồng trọt
Ngày đăng: 05/06/2025 | Lượt xem: 1.204

Ngành dâu tằm tơ hướng tới 60.000 ha dâu vào năm 2030

Theo Cục Trồng trọt và Bảo vệ thực vật, năm 2024 cả nước có 51.200 ha dâu, tăng 3,4% so với năm 2023; sản lượng kén tằm đạt khoảng 20.500 tấn, sản lượng tơ các loại đạt 2.630 tấn. Việt Nam hiện đứng thứ 4 thế giới về sản lượng tơ tằm, sau Trung Quốc, Ấn Độ và Uzbekistan.

Lâm Đồng tiếp tục là địa phương dẫn đầu với 11.600 ha, chiếm 22,7% diện tích dâu cả nước; tiếp đến là Đắk Nông, Yên Bái và Cao Bằng với diện tích lần lượt 4.200 ha, 2.240 ha và 1.180 ha.

Năm 2024, kim ngạch xuất khẩu tơ lụa của Việt Nam đạt 215 triệu USD, tăng 8,6% so với năm 2023; trong đó xuất khẩu tơ tằm đạt 128 triệu USD, chiếm 59,5%. Giá kén tằm bình quân năm 2024 khoảng 170.000 đồng/kg, giá tơ dao động 1,2-1,4 triệu đồng/kg.

Thực hiện Quyết định số 3845/QĐ-BNN-TT ngày 15/10/2024 về Đề án phát triển ngành dâu tằm tơ, đến năm 2030 cả nước phấn đấu đạt 60.000 ha dâu, sản lượng kén 30.000 tấn, kim ngạch xuất khẩu trên 400 triệu USD; tỷ lệ trứng giống lai F1 sản xuất trong nước đạt ít nhất 50%. Hiện cả nước có 23 tỉnh, thành phố trồng dâu, 5 cơ sở sản xuất trứng giống và 46 nhà máy ươm tơ tự động.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
CN = P("năm 2024", "2024-01-01", "2024-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
NOW = P("hiện", None, "2025-06-05")
NOW2 = P("Hiện", None, "2025-06-05")
DT = "diện tích dâu"

FIGS = [
    F("tới 60.000 ha", "60.000", 60000, "measure", "ha", "diện tích dâu", P("năm 2030", "2030-01-01", "2030-12-31"),
      status="target"),
    F("có 51.200 ha dâu", "51.200", 51200, "measure", "ha", DT, Y24, change=C("increase", 3.4, "%", "năm 2023")),
    F("khoảng 20.500 tấn", "20.500", 20500, "measure", "tấn", "sản lượng kén tằm", Y24, approx="about"),
    F("đạt 2.630 tấn", "2.630", 2630, "measure", "tấn", "sản lượng tơ các loại", Y24),
    F("đứng thứ 4 thế giới", "4", 4, "rank", "hạng", "sản lượng tơ tằm", NOW),
    F("với 11.600 ha", "11.600", 11600, "measure", "ha", DT, I(Y24), percent=22.7, location="Lâm Đồng"),
    F("lần lượt 4.200 ha", "4.200", 4200, "measure", "ha", DT, I(Y24), location="Đắk Nông"),
    F("4.200 ha, 2.240 ha", "2.240", 2240, "measure", "ha", DT, I(Y24), location="Yên Bái"),
    F("và 1.180 ha", "1.180", 1180, "measure", "ha", DT, I(Y24), location="Cao Bằng"),
    F("đạt 215 triệu USD", "215", 215e6, "money", "USD", "kim ngạch xuất khẩu tơ lụa", Y24b,
      change=C("increase", 8.6, "%", "năm 2023")),
    F("đạt 128 triệu USD", "128", 128e6, "money", "USD", "xuất khẩu tơ tằm", Y24b, total=215e6, percent=59.5),
    F("khoảng 170.000 đồng/kg", "170.000", 170000, "money", "đồng/kg", "giá kén tằm bình quân", CN, approx="about"),
    F("1,2-1,4 triệu đồng/kg", "1,2", 1.2e6, "money", "đồng/kg", "giá tơ", CN, value_max=1.4e6),
    F("đạt 60.000 ha dâu", "60.000", 60000, "measure", "ha", DT, TO30, status="target"),
    F("kén 30.000 tấn", "30.000", 30000, "measure", "tấn", "sản lượng kén", TO30, status="target"),
    F("trên 400 triệu USD", "400", 400e6, "money", "USD", "kim ngạch xuất khẩu", TO30, status="target", approx="over"),
    F("ít nhất 50%", "50", 50, "percent", "%", "tỷ lệ trứng giống lai F1 sản xuất trong nước", TO30, status="target",
      approx="at_least"),
    F("có 23 tỉnh, thành phố", "23", 23, "count", "tỉnh, thành phố", "tỉnh, thành phố trồng dâu", NOW2),
    F("5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở sản xuất trứng giống", NOW2),
    F("46 nhà máy", "46", 46, "count", "nhà máy", "nhà máy ươm tơ tự động", NOW2),
]

COMMENTS = [
    "Bộ Nông nghiệp và Môi trường site: ngành dâu tằm tơ cả nước năm 2024, Đề án đến năm 2030. National figures are Việt Nam;",
    "provinces in the ranking list are their own locations (11.600/51.200 = 22,7%). Foreign countries in the rank sentence are not places.",
    "Headline 'vào năm 2030' = the year 2030; body 'đến năm 2030' = target up to 2030-12-31. the silk price clause shares 'năm 2024' of the cocoon price clause.",
    " 'trong đó ... 128 triệu USD, chiếm 59,5%' → total 215 triệu, percent 59,5.",
    "Distractors: 'Lượt xem: 1.204', 'Quyết định số 3845/QĐ-BNN-TT ngày 15/10/2024', 'lai F1'.",
]

emit("p907-4", TEXT, FIGS, COMMENTS, published="2025-06-05", location="Việt Nam")
