from lib import emit, P

text = """Đắk Lắk: Thư viện tỉnh đẩy mạnh chuyển đổi số, phát triển văn hóa đọc

(DLO) - Triển khai Đề án "Phát triển văn hóa đọc trong cộng đồng giai đoạn 2021-2025, định hướng đến năm 2030" theo Quyết định số 329/QĐ-TTg, Thư viện tỉnh Đắk Lắk đã từng bước hiện đại hóa hoạt động.

Tính đến ngày 30/9/2024, vốn tài liệu của Thư viện tỉnh đạt 412.560 bản, tăng 9,3% so với cuối năm 2023; tài liệu số hóa có 18.430 biểu ghi với khoảng 2,1 triệu trang.

Giai đoạn 2021-2024, Thư viện cấp mới 16.820 thẻ bạn đọc, phục vụ hơn 1,26 triệu lượt bạn đọc, luân chuyển 3,4 triệu lượt tài liệu. Số lượt bạn đọc bình quân mỗi năm tăng từ 8 đến 10%.

Xe thư viện lưu động đa phương tiện đã thực hiện 186 chuyến phục vụ tại 15 huyện, thị xã, thành phố, trong đó 124 chuyến đến các xã vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số.

Hệ thống thư viện công cộng toàn tỉnh hiện gồm 1 thư viện tỉnh, 15 thư viện cấp huyện và 184 thư viện, tủ sách cấp xã. Một số huyện có phong trào phát triển tủ sách cơ sở mạnh như Krông Pắc (26 tủ sách), Cư M'gar (22 tủ sách), Ea H'leo (19 tủ sách).

Bà H'Zawut Byă, Giám đốc Thư viện tỉnh cho biết, mục tiêu đến năm 2025, 100% thư viện cấp huyện được số hóa ít nhất 30% tài liệu địa chí; phấn đấu thu hút 500.000 lượt bạn đọc mỗi năm. Bạn đọc có thể đăng ký thẻ tại số 01 Lê Duẩn, TP Buôn Ma Thuột hoặc qua số điện thoại 0262.3852.411.

Thu Hiền
"""

AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
ASi = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inherited=True)
G = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Gi = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31", inherited=True)
T25 = P("đến năm 2025", None, "2025-12-31")
TS = "tủ sách cơ sở"

figs = [
    dict(anchor="đạt 412.560 bản", number="412.560", value=412560, kind="count", unit="bản",
         change=dict(direction="increase", value=9.3, unit="%", baseline="cuối năm 2023"),
         subject="vốn tài liệu của Thư viện tỉnh", period=AS),
    dict(anchor="có 18.430 biểu ghi", number="18.430", value=18430, kind="count", unit="biểu ghi",
         subject="tài liệu số hóa", period=AS),
    dict(anchor="khoảng 2,1 triệu trang", number="2,1", value=2.1e6, kind="count", unit="trang", approx="about",
         subject="trang tài liệu số hóa", period=AS),
    dict(anchor="cấp mới 16.820 thẻ", number="16.820", value=16820, kind="count", unit="thẻ bạn đọc",
         subject="thẻ bạn đọc cấp mới", period=G),
    dict(anchor="hơn 1,26 triệu lượt", number="1,26", value=1.26e6, kind="count", unit="lượt bạn đọc", approx="over",
         subject="lượt bạn đọc được phục vụ", period=G),
    dict(anchor="luân chuyển 3,4 triệu lượt", number="3,4", value=3.4e6, kind="count", unit="lượt tài liệu",
         subject="lượt tài liệu luân chuyển", period=G),
    dict(anchor="từ 8 đến 10%", number="8", value=8, value_max=10, kind="percent", unit="%",
         subject="tăng trưởng bình quân mỗi năm số lượt bạn đọc", period=Gi),
    dict(anchor="thực hiện 186 chuyến", number="186", value=186, kind="count", unit="chuyến",
         subject="chuyến xe thư viện lưu động", period=Gi),
    dict(anchor="tại 15 huyện", number="15", value=15, kind="count", unit="huyện, thị xã, thành phố",
         subject="huyện, thị xã, thành phố được xe thư viện lưu động phục vụ", period=Gi),
    dict(anchor="trong đó 124 chuyến", number="124", value=124, kind="count", unit="chuyến", total=186,
         subject="chuyến đến các xã vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số", period=Gi),
    dict(anchor="gồm 1 thư viện tỉnh", number="1", value=1, kind="count", unit="thư viện tỉnh",
         subject="thư viện tỉnh", period=ASi),
    dict(anchor="15 thư viện cấp huyện", number="15", value=15, kind="count", unit="thư viện cấp huyện",
         subject="thư viện cấp huyện", period=ASi),
    dict(anchor="184 thư viện", number="184", value=184, kind="count", unit="thư viện, tủ sách cấp xã",
         subject="thư viện, tủ sách cấp xã", period=ASi),
    dict(anchor="Krông Pắc (26 tủ sách)", number="26", value=26, kind="count", unit="tủ sách", subject=TS,
         period=ASi, location="Krông Pắc"),
    dict(anchor="Cư M'gar (22 tủ sách)", number="22", value=22, kind="count", unit="tủ sách", subject=TS,
         period=ASi, location="Cư M'gar"),
    dict(anchor="Ea H'leo (19 tủ sách)", number="19", value=19, kind="count", unit="tủ sách", subject=TS,
         period=ASi, location="Ea H'leo"),
    dict(anchor="năm 2025, 100% thư viện", number="100", value=100, kind="percent", unit="%", status="target",
         subject="thư viện cấp huyện được số hóa tài liệu địa chí", period=T25),
    dict(anchor="ít nhất 30% tài liệu", number="30", value=30, kind="percent", unit="%", approx="at_least",
         status="target", subject="tỷ lệ tài liệu địa chí được số hóa", period=T25),
    dict(anchor="thu hút 500.000 lượt", number="500.000", value=500000, kind="count", unit="lượt bạn đọc",
         status="target", subject="lượt bạn đọc thu hút mỗi năm", period=T25),
]

emit(8, text, [
    "Provincial Party paper (tag '(DLO)' = Báo Đắk Lắk): Thư viện tỉnh Đắk Lắk, library stock, digitisation, readers 2021-2024, mobile library, targets.",
    "No dateline at all (published absent). Distractors: Đề án name with 'giai đoạn 2021-2025' and 'năm 2030', 'Quyết định số 329/QĐ-TTg',",
    "address 'số 01 Lê Duẩn', phone 0262.3852.411, a person's name (H'Zawut Byă).",
    "'Số lượt bạn đọc bình quân mỗi năm tăng từ 8 đến 10%' stands in its own sentence: a growth-rate range as the claim (percent, no change).",
    "124 is part of 186 ('trong đó'). '1 thư viện tỉnh, 15 …, 184 …' after 'gồm' with no whole: no total.",
    "District list (Krông Pắc, Cư M'gar, Ea H'leo): the district is the location, subject is the list's indicator. Those paragraphs inherit the as-of date.",
    "'mục tiêu đến năm 2025' governs the rest of the sentence (targets); '500.000 lượt bạn đọc mỗi năm' is a count target.",
], figs, location="Đắk Lắk")
