"""p1493-4: ministry site (Bộ Công Thương): national hanger exports 2023, markets, producers, forecast."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu móc áo năm 2023 giảm nhẹ, kỳ vọng phục hồi trong năm 2024

14/02/2024 | 10:30 | Cục Xuất nhập khẩu

Theo số liệu của Tổng cục Hải quan, năm 2023 kim ngạch xuất khẩu móc áo các loại của Việt Nam đạt khoảng 312 triệu USD, giảm 4,7% so với năm 2022. Trong đó, móc áo nhựa chiếm 68%, phần còn lại là móc áo kim loại và móc áo gỗ. Việt Nam hiện là nhà xuất khẩu móc áo lớn thứ 2 thế giới, sau Trung Quốc.

Hoa Kỳ tiếp tục là thị trường lớn nhất với 126,5 triệu USD, tiếp đến là Nhật Bản 58,2 triệu USD, EU 41,7 triệu USD. Xuất khẩu sang Hàn Quốc tăng mạnh, gấp 2,3 lần năm 2022.

Cả nước hiện có khoảng 520 doanh nghiệp sản xuất móc áo, giá phơi và đồ gia dụng nhựa - kim loại, tập trung chủ yếu tại TP Hồ Chí Minh (145 doanh nghiệp), Bình Dương (98 doanh nghiệp) và Hưng Yên (61 doanh nghiệp). Tổng công suất ước tính trên 4,5 tỷ sản phẩm/năm.

Giá phơi, sào phơi inox xuất khẩu đạt 87,4 triệu USD, tăng 6,2%; đơn giá bình quân khoảng 9,8 USD/bộ.

Trong tháng 1/2024, xuất khẩu móc áo đạt 29,6 triệu USD, tăng 21% so với tháng 1/2023. Cục Xuất nhập khẩu dự báo năm 2024 kim ngạch xuất khẩu nhóm hàng này có thể đạt từ 340 đến 360 triệu USD.

Để đạt mục tiêu đến năm 2030 xuất khẩu đồ gia dụng nhựa - kim loại đạt 1 tỷ USD, Bộ Công Thương đề nghị các doanh nghiệp đáp ứng quy định về truy xuất nguồn gốc, xuất xứ hàng hóa theo Thông tư số 38/2018/TT-BCT.

Bản quyền thuộc Bộ Công Thương. Địa chỉ: Số 25 Ngô Quyền, Hoàn Kiếm, Hà Nội.
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M1 = per("tháng 1/2024", "2024-01-01", "2024-01-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("khoảng 312 triệu", "312", 312e6, "money", "USD", approx="about",
        change=chg("decrease", 4.7, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu móc áo các loại", period=Y23),
    fig("chiếm 68%", "68", 68, "percent", "%",
        subject="móc áo nhựa trong kim ngạch xuất khẩu móc áo", period=inh(Y23)),
    fig("lớn thứ 2", "2", 2, "rank", "hạng", subject="nhà xuất khẩu móc áo"),
    fig("với 126,5 triệu", "126,5", 126.5e6, "money", "USD",
        subject="kim ngạch xuất khẩu móc áo sang thị trường Hoa Kỳ", period=inh(Y23)),
    fig("Nhật Bản 58,2 triệu", "58,2", 58.2e6, "money", "USD",
        subject="kim ngạch xuất khẩu móc áo sang thị trường Nhật Bản", period=inh(Y23)),
    fig("EU 41,7 triệu", "41,7", 41.7e6, "money", "USD",
        subject="kim ngạch xuất khẩu móc áo sang thị trường EU", period=inh(Y23)),
    fig("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", subject="xuất khẩu sang Hàn Quốc", period=inh(Y23)),
    fig("khoảng 520 doanh nghiệp", "520", 520, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất móc áo, giá phơi và đồ gia dụng nhựa - kim loại"),
    fig("(145 doanh nghiệp)", "145", 145, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất móc áo, giá phơi và đồ gia dụng nhựa - kim loại", location="TP Hồ Chí Minh"),
    fig("(98 doanh nghiệp)", "98", 98, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất móc áo, giá phơi và đồ gia dụng nhựa - kim loại", location="Bình Dương"),
    fig("(61 doanh nghiệp)", "61", 61, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất móc áo, giá phơi và đồ gia dụng nhựa - kim loại", location="Hưng Yên"),
    fig("trên 4,5 tỷ", "4,5", 4.5e9, "measure", "sản phẩm/năm", approx="over", status="estimate",
        subject="tổng công suất"),
    fig("đạt 87,4 triệu", "87,4", 87.4e6, "money", "USD", change=chg("increase", 6.2, "%"),
        subject="giá phơi, sào phơi inox xuất khẩu", period=inh(Y23)),
    fig("khoảng 9,8 USD/bộ", "9,8", 9.8, "money", "USD/bộ", approx="about",
        subject="đơn giá bình quân giá phơi, sào phơi inox xuất khẩu", period=inh(Y23)),
    fig("đạt 29,6 triệu", "29,6", 29.6e6, "money", "USD", change=chg("increase", 21, "%", "tháng 1/2023"),
        subject="xuất khẩu móc áo", period=M1),
    fig("từ 340 đến 360 triệu", "340", 340e6, "money", "USD", value_max=360e6, status="forecast",
        subject="kim ngạch xuất khẩu nhóm hàng này", period=Y24),
    fig("đạt 1 tỷ", "1", 1e9, "money", "USD", status="target",
        subject="xuất khẩu đồ gia dụng nhựa - kim loại", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '14/02/2024 | 10:30 | Cục Xuất nhập khẩu', copyright + address footer.",
    "Distractors: 10:30, Thông tư số 38/2018/TT-BCT, 'Số 25 Ngô Quyền', 'năm 2024' in the headline (a period, no figure), baselines",
    "'năm 2022', 'tháng 1/2023'.",
    "National figures: location Việt Nam. Trade partners (Hoa Kỳ, Nhật Bản, EU, Hàn Quốc) are not places of the figures.",
    "The bracketed producer counts by province are a list sharing the indicator: location = the province; they do not add up to 520: no total.",
    "'Trong đó, móc áo nhựa chiếm 68%' is a percent figure of its own (no base amount in its clause). 'lớn thứ 2 thế giới' → rank 2.",
    "'gấp 2,3 lần năm 2022' stands alone as the claim → multiple. 'ước tính trên 4,5 tỷ sản phẩm/năm' → estimate, over.",
    "'tăng 6,2%' without a baseline → change with no baseline. 'dự báo' → forecast; 'mục tiêu đến năm 2030' → target, start null.",
    "The paragraph on giá phơi / sào phơi exports states no period: 2023 is inherited from the lead.",
]

if __name__ == "__main__":
    write("p1493-4", TEXT, NOTES, FIGS, published="2024-02-14", location="Việt Nam")
