"""p1485-4: ministry site (Bộ Công Thương): energy labels for refrigerators, national figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Sử dụng năng lượng tiết kiệm và hiệu quả

Hơn 3.100 mẫu tủ lạnh đã được cấp nhãn năng lượng

28/03/2024 | 09:30 | Vụ Tiết kiệm năng lượng và Phát triển bền vững

Theo Vụ Tiết kiệm năng lượng và Phát triển bền vững, tính đến ngày 31/12/2023, cả nước có 3.146 mẫu tủ lạnh, tủ đông được cấp nhãn năng lượng, tăng 286 mẫu so với cuối năm 2022. Trong đó, 1.972 mẫu đạt nhãn 5 sao, chiếm 62,7%; 684 mẫu đạt nhãn 4 sao.

Năm 2023, các doanh nghiệp trong nước sản xuất, lắp ráp khoảng 3,9 triệu chiếc tủ lạnh và nhập khẩu gần 1,2 triệu chiếc. Tủ lạnh dùng công nghệ biến tần (inverter) chiếm khoảng 71% lượng bán ra, gấp hơn 2 lần so với năm 2018.

Việc áp dụng mức hiệu suất năng lượng tối thiểu (MEPS) đối với tủ lạnh giai đoạn 2019-2023 ước tính giúp tiết kiệm khoảng 1,1 tỷ kWh điện, giảm phát thải khoảng 780 nghìn tấn CO2.

Theo Quyết định số 14/2023/QĐ-TTg, từ ngày 1/7/2025, tủ lạnh có hiệu suất thấp hơn mức quy định sẽ bị loại bỏ khỏi thị trường. Bộ đặt mục tiêu đến năm 2030, tỷ lệ tủ lạnh đạt nhãn 5 sao trên thị trường đạt ít nhất 80% và điện năng tiêu thụ bình quân của một tủ lạnh gia đình giảm còn dưới 250 kWh/năm.

Năm 2023, qua kiểm tra 1.250 cửa hàng, lực lượng chức năng phát hiện 94 trường hợp vi phạm quy định dán nhãn, xử phạt gần 1,8 tỷ đồng. Dự kiến trong năm 2024, Bộ sẽ phối hợp với 63 tỉnh, thành phố tổ chức 12 đợt kiểm tra tại các siêu thị điện máy.

Bản quyền thuộc Bộ Công Thương. Địa chỉ: Số 23 Ngô Quyền, Hoàn Kiếm, Hà Nội
"""

ASOF = per("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
GD = per("giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("trong năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Hơn 3.100", "3.100", 3100, "count", "mẫu", approx="over",
        subject="mẫu tủ lạnh đã được cấp nhãn năng lượng"),
    fig("có 3.146 mẫu", "3.146", 3146, "count", "mẫu",
        change=chg("increase", 286, "mẫu", "cuối năm 2022"),
        subject="mẫu tủ lạnh, tủ đông được cấp nhãn năng lượng", period=ASOF),
    fig("1.972 mẫu", "1.972", 1972, "count", "mẫu", total=3146, percent=62.7,
        subject="mẫu đạt nhãn 5 sao", period=inh(ASOF)),
    fig("684 mẫu", "684", 684, "count", "mẫu", total=3146,
        subject="mẫu đạt nhãn 4 sao", period=inh(ASOF)),
    fig("khoảng 3,9 triệu", "3,9", 3.9e6, "count", "chiếc", approx="about",
        subject="tủ lạnh các doanh nghiệp trong nước sản xuất, lắp ráp", period=Y23),
    fig("gần 1,2 triệu", "1,2", 1.2e6, "count", "chiếc", approx="nearly",
        subject="tủ lạnh nhập khẩu", period=Y23),
    fig("khoảng 71%", "71", 71, "percent", "%", approx="about",
        change=chg("increase", 2, "lần", "năm 2018", approx="over"),
        subject="tủ lạnh dùng công nghệ biến tần (inverter) trong lượng bán ra", period=inh(Y23)),
    fig("khoảng 1,1 tỷ", "1,1", 1.1e9, "measure", "kWh", approx="about", status="estimate",
        subject="điện tiết kiệm nhờ áp dụng mức hiệu suất năng lượng tối thiểu (MEPS) đối với tủ lạnh",
        period=GD),
    fig("khoảng 780 nghìn", "780", 780e3, "measure", "tấn CO2", approx="about", status="estimate",
        subject="giảm phát thải", period=GD),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ tủ lạnh đạt nhãn 5 sao trên thị trường", period=T30),
    fig("dưới 250 kWh/năm", "250", 250, "measure", "kWh/năm", approx="under", status="target",
        subject="điện năng tiêu thụ bình quân của một tủ lạnh gia đình", period=T30),
    fig("kiểm tra 1.250 cửa hàng", "1.250", 1250, "count", "cửa hàng",
        subject="cửa hàng được kiểm tra", period=Y23),
    fig("phát hiện 94 trường hợp", "94", 94, "count", "trường hợp",
        subject="trường hợp vi phạm quy định dán nhãn", period=Y23),
    fig("gần 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", approx="nearly",
        subject="tiền xử phạt", period=Y23),
    fig("với 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", status="forecast",
        subject="tỉnh, thành phố Bộ phối hợp tổ chức kiểm tra", period=Y24),
    fig("tổ chức 12 đợt", "12", 12, "count", "đợt", status="forecast",
        subject="đợt kiểm tra tại các siêu thị điện máy", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Công Thương): energy labels for refrigerators; '28/03/2024 | 09:30 | Vụ ...' under the headline (published).",
    "Distractors: 09:30, 'nhãn 5 sao' / 'nhãn 4 sao' (label grades), 'Quyết định số 14/2023/QĐ-TTg', 'từ ngày 1/7/2025' (a date),",
    "'CO2' (a formula), 'giai đoạn 2019-2023' (a period), 'Số 23 Ngô Quyền' (address). Every figure is national: location Việt Nam.",
    "Headline 'Hơn 3.100 mẫu' is its own figure (over), no period. 'tăng 286 mẫu so với cuối năm 2022' is a change in mẫu.",
    "'Trong đó, 1.972 mẫu ..., chiếm 62,7%; 684 mẫu ...': both parts take the whole 3.146; period (as-of 31/12/2023) inherited.",
    "'chiếm khoảng 71% lượng bán ra, gấp hơn 2 lần so với năm 2018': the share is a percent figure; 'gấp hơn 2 lần so với' its change",
    "(unit lần, approx over), as 'tăng hơn 2,8 lần so với cùng kỳ' in the spec. Its period 'Năm 2023' stands in the previous sentence.",
    "'ước tính giúp tiết kiệm khoảng 1,1 tỷ kWh ..., giảm phát thải khoảng 780 nghìn tấn CO2': estimate, about; unit 'tấn CO2'.",
    "'mục tiêu đến năm 2030' governs both clauses: target; 'giảm còn dưới 250 kWh/năm' is the target level (under), no change.",
    "'Dự kiến trong năm 2024 ... 63 tỉnh, thành phố ... 12 đợt': forecast; 63 provinces as a count (location Việt Nam).",
]

if __name__ == "__main__":
    write("p1485-4", TEXT, NOTES, FIGS, published="2024-03-28", location="Việt Nam")
