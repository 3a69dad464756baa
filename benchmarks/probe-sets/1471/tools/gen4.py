"""p1471-4: ministry site (Bộ Công Thương): national water-heater market 2023, imports, energy labels, ranks by province."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Tiết kiệm năng lượng

Thị trường bình nước nóng: sản phẩm hiệu suất cao chiếm ưu thế

22/08/2024 | 14:10 | Vụ Tiết kiệm năng lượng và Phát triển bền vững

Theo số liệu của Vụ Tiết kiệm năng lượng và Phát triển bền vững, năm 2023 cả nước tiêu thụ khoảng 2,4 triệu bình nước nóng các loại, giảm 3,5% so với năm 2022 do thị trường bất động sản trầm lắng. Trong đó, bình nước nóng có dự trữ chiếm khoảng 78%. Ngoài ra, có khoảng 210.000 bộ máy nước nóng năng lượng mặt trời được lắp đặt mới.

Hiện cả nước có 46 doanh nghiệp sản xuất, lắp ráp bình nước nóng với tổng năng lực khoảng 3,5 triệu sản phẩm/năm. Doanh nghiệp trong nước chiếm khoảng 65% thị phần. Kim ngạch nhập khẩu bình nước nóng, chủ yếu từ Trung Quốc và Thái Lan, đạt 86,4 triệu USD trong 6 tháng đầu năm 2024, tăng 9,1% so với cùng kỳ.

Đến hết tháng 6/2024, đã có 1.126 mẫu bình nước nóng được cấp nhãn năng lượng, trong đó 812 mẫu đạt nhãn 5 sao, chiếm 72,1%.

Về sản xuất, Hưng Yên, Hà Nội và Bình Dương lần lượt đứng thứ nhất, thứ hai và thứ ba cả nước về sản lượng bình nước nóng, với 1,48 triệu chiếc, 760.000 chiếc và 410.000 chiếc trong năm 2023.

Mục tiêu đến năm 2030, tỷ lệ bình nước nóng bán ra đạt nhãn năng lượng 5 sao tối thiểu 80%, góp phần tiết kiệm khoảng 450 triệu kWh điện mỗi năm.

Tin cùng chuyên mục:
- Hướng dẫn thực hiện Thông tư số 38/2023/TT-BCT về dán nhãn năng lượng
- Tọa đàm "Tiết kiệm điện mùa nắng nóng"

Cổng thông tin điện tử Bộ Công Thương
Giấy phép số 115/GP-TTĐT ngày 29/5/2020
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("trong năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = per("Đến hết tháng 6/2024", None, "2024-06-30")
T30 = per("đến năm 2030", None, "2030-12-31")
RANK = "sản lượng bình nước nóng"

FIGS = [
    fig("khoảng 2,4 triệu", "2,4", 2.4e6, "count", "bình", approx="about",
        change=chg("decrease", 3.5, "%", "năm 2022"),
        subject="bình nước nóng các loại tiêu thụ", period=Y23),
    fig("chiếm khoảng 78%", "78", 78, "percent", "%", approx="about",
        subject="bình nước nóng có dự trữ", period=inh(Y23)),
    fig("khoảng 210.000 bộ", "210.000", 210000, "count", "bộ", approx="about",
        subject="máy nước nóng năng lượng mặt trời được lắp đặt mới", period=inh(Y23)),
    fig("có 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất, lắp ráp bình nước nóng"),
    fig("khoảng 3,5 triệu", "3,5", 3.5e6, "measure", "sản phẩm/năm", approx="about",
        subject="tổng năng lực sản xuất"),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="thị phần của doanh nghiệp trong nước"),
    fig("đạt 86,4 triệu", "86,4", 86.4e6, "money", "USD", change=chg("increase", 9.1, "%", "cùng kỳ"),
        subject="kim ngạch nhập khẩu bình nước nóng", period=H1),
    fig("có 1.126 mẫu", "1.126", 1126, "count", "mẫu",
        subject="mẫu bình nước nóng được cấp nhãn năng lượng", period=ASOF),
    fig("812 mẫu", "812", 812, "count", "mẫu", total=1126, percent=72.1,
        subject="mẫu đạt nhãn 5 sao", period=ASOF),
    fig("đứng thứ nhất", "nhất", 1, "rank", "hạng", subject=RANK, period=Y23b, location="Hưng Yên"),
    fig("thứ hai và", "hai", 2, "rank", "hạng", subject=RANK, period=Y23b, location="Hà Nội"),
    fig("thứ ba cả nước", "ba", 3, "rank", "hạng", subject=RANK, period=Y23b, location="Bình Dương"),
    fig("với 1,48 triệu", "1,48", 1.48e6, "count", "chiếc", subject=RANK, period=Y23b, location="Hưng Yên"),
    fig("chiếc, 760.000 chiếc", "760.000", 760000, "count", "chiếc", subject=RANK, period=Y23b,
        location="Hà Nội"),
    fig("và 410.000 chiếc", "410.000", 410000, "count", "chiếc", subject=RANK, period=Y23b,
        location="Bình Dương"),
    fig("tối thiểu 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ bình nước nóng bán ra đạt nhãn năng lượng 5 sao", period=T30),
    fig("khoảng 450 triệu", "450", 450e6, "measure", "kWh/năm", approx="about", status="target",
        subject="điện tiết kiệm mỗi năm", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '22/08/2024 | 14:10 | Vụ ...' under the headline, related links, licence footer.",
    "Distractors: 14:10, 'nhãn 5 sao' / 'nhãn năng lượng 5 sao' (a label class), 'tháng 6/2024' as an as-of date,",
    "Thông tư số 38/2023/TT-BCT, 'Giấy phép số 115/GP-TTĐT ngày 29/5/2020'.",
    "National figures: location Việt Nam; Trung Quốc and Thái Lan are trade partners, not places of the import figure.",
    "'Trong đó, bình nước nóng có dự trữ chiếm khoảng 78%' is a percent figure of its own (a share of a part), period inherited.",
    "'Ngoài ra, ... 210.000 bộ máy nước nóng năng lượng mặt trời' is no part-of cue (another product, unit 'bộ'): no total.",
    "'812 mẫu' after 'trong đó' → total 1.126, percent 72,1; both carry the as-of date (scored in the same sentence).",
    "'lần lượt đứng thứ nhất, thứ hai và thứ ba' gives three ranks, and the amounts three counts; the provinces are locations,",
    "the subject is the list's indicator 'sản lượng bình nước nóng'; period 'trong năm 2023' (same sentence).",
    "'Mục tiêu đến năm 2030' governs both figures of its sentence (target); 'tối thiểu 80%' at_least; '... mỗi năm' → kWh/năm.",
]

if __name__ == "__main__":
    write("p1471-4", TEXT, NOTES, FIGS, published="2024-08-22", location="Việt Nam")
