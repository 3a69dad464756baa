"""p1243-4: ministry site (Bộ NN&PTNT, Cục Trồng trọt): northern winter crop plan 2024-2025, cabbage exports."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt

Các tỉnh phía Bắc đặt mục tiêu gieo trồng 400.000 ha cây vụ đông

10/10/2024 | 09:30 | Cục Trồng trọt

Tại hội nghị trực tuyến ngày 9/10, Cục Trồng trọt cho biết, vụ đông 2024-2025 các tỉnh phía Bắc đặt kế hoạch gieo trồng khoảng 400.000 ha, trong đó rau các loại khoảng 165.000 ha. Do ảnh hưởng của bão số 3 (Yagi), tính đến ngày 5/10 mới gieo trồng được 98.500 ha, thấp hơn cùng kỳ khoảng 18%.

Năm 2023, diện tích cây vụ đông toàn miền Bắc đạt 383.600 ha, giá trị sản xuất ước trên 38.000 tỷ đồng. Dẫn đầu là Thái Bình (36.100 ha), tiếp đến Hà Nội (30.250 ha), Bắc Giang (28.400 ha) và Hải Dương (25.700 ha).

Trong nhóm rau ưa lạnh, bắp cải và su hào chiếm gần 30% diện tích; năng suất bắp cải bình quân 33-35 tấn/ha. Năm 2023, cả nước xuất khẩu khoảng 45.000 tấn bắp cải, kim ngạch đạt 13,5 triệu USD, tăng 22,7% so với năm 2022; Đài Loan (Trung Quốc) là thị trường lớn nhất, chiếm 41% lượng xuất khẩu. 9 tháng đầu năm 2024, kim ngạch xuất khẩu rau quả đạt 5,6 tỷ USD, tăng 27,4% so với cùng kỳ.

Cục Trồng trọt đề nghị các địa phương thực hiện Quyết định số 3215/QĐ-BNN-TT, hỗ trợ giống ngắn ngày cho nông dân. Mục tiêu đến năm 2030, ít nhất 20% diện tích rau vụ đông được sản xuất theo VietGAP.

Tin cùng chuyên mục:
- Phòng trừ sâu bệnh hại cây vụ đông năm 2024
- Hướng dẫn khôi phục sản xuất sau bão số 3

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

ASOF = per("tính đến ngày 5/10", None, "2024-10-05")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("mục tiêu gieo trồng 400.000 ha", "400.000", 400000, "measure", "ha", status="target",
        subject="cây vụ đông gieo trồng các tỉnh phía Bắc"),
    fig("khoảng 400.000 ha", "400.000", 400000, "measure", "ha", approx="about", status="target",
        subject="kế hoạch gieo trồng vụ đông các tỉnh phía Bắc"),
    fig("khoảng 165.000 ha", "165.000", 165000, "measure", "ha", approx="about", total=400000, status="target",
        subject="rau các loại"),
    fig("được 98.500 ha", "98.500", 98500, "measure", "ha",
        change=chg("decrease", 18, "%", "cùng kỳ", approx="about"), subject="diện tích gieo trồng", period=ASOF),
    fig("đạt 383.600 ha", "383.600", 383600, "measure", "ha",
        subject="diện tích cây vụ đông toàn miền Bắc", period=Y23),
    fig("trên 38.000 tỷ", "38.000", 38000e9, "money", "đồng", approx="over", status="estimate",
        subject="giá trị sản xuất cây vụ đông", period=Y23),
    fig("Thái Bình (36.100 ha)", "36.100", 36100, "measure", "ha", subject="diện tích cây vụ đông",
        period=inh(Y23), location="Thái Bình"),
    fig("Hà Nội (30.250 ha)", "30.250", 30250, "measure", "ha", subject="diện tích cây vụ đông",
        period=inh(Y23), location="Hà Nội"),
    fig("Bắc Giang (28.400 ha)", "28.400", 28400, "measure", "ha", subject="diện tích cây vụ đông",
        period=inh(Y23), location="Bắc Giang"),
    fig("Hải Dương (25.700 ha)", "25.700", 25700, "measure", "ha", subject="diện tích cây vụ đông",
        period=inh(Y23), location="Hải Dương"),
    fig("gần 30%", "30", 30, "percent", "%", approx="nearly",
        subject="diện tích bắp cải và su hào trong nhóm rau ưa lạnh"),
    fig("bình quân 33-35 tấn/ha", "33", 33, "measure", "tấn/ha", value_max=35,
        subject="năng suất bắp cải bình quân"),
    fig("khoảng 45.000 tấn", "45.000", 45000, "measure", "tấn", approx="about",
        subject="bắp cải xuất khẩu", period=Y23),
    fig("đạt 13,5 triệu", "13,5", 13.5e6, "money", "USD", change=chg("increase", 22.7, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu bắp cải", period=Y23),
    fig("chiếm 41%", "41", 41, "percent", "%", subject="lượng xuất khẩu bắp cải sang Đài Loan (Trung Quốc)",
        period=Y23),
    fig("đạt 5,6 tỷ", "5,6", 5.6e9, "money", "USD", change=chg("increase", 27.4, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu rau quả", period=M9),
    fig("ít nhất 20%", "20", 20, "percent", "%", approx="at_least", status="target",
        subject="diện tích rau vụ đông được sản xuất theo VietGAP", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '10/10/2024 | 09:30 | Cục Trồng trọt', related links, address footer.",
    "Distractors: 09:30, 'ngày 9/10' (meeting date), season label 2024-2025, 'bão số 3 (Yagi)', baseline 'năm 2022',",
    "'Quyết định số 3215/QĐ-BNN-TT', 'năm 2024' in a link, 'Số 2 Ngọc Hà', phone 024.3846.8161.",
    "Location: the ministry's figures for 'các tỉnh phía Bắc' / 'toàn miền Bắc' are multi-province totals: 'Việt Nam' (the spec has",
    "no region value; borderline). List items 'Thái Bình (36.100 ha)' … take their province; no cue, so no total; period 'Năm 2023'",
    "stands in the previous sentence (inherited). Đài Loan is a trade partner: location stays Việt Nam.",
    "Headline '400.000 ha' with 'mục tiêu' → target figure of its own. 'thấp hơn cùng kỳ khoảng 18%' → change (decrease, about).",
    "'tính đến ngày 5/10' takes the year of published (2024). 'giá trị sản xuất ước trên' → estimate, over.",
    "'chiếm 41% lượng xuất khẩu' after 'Đài Loan … là thị trường lớn nhất' is a percent figure of its own (a new clause and subject).",
]

if __name__ == "__main__":
    write("p1243-4", TEXT, NOTES, FIGS, published="2024-10-10", location="Việt Nam")
