"""p1539-1: province portal (Quảng Ngãi): chili area 9 months 2024, a chili-sauce plant in huyện Bình Sơn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Quảng Ngãi
Trang chủ > Tin tức - Sự kiện > Kinh tế

Diện tích ớt 9 tháng đạt gần 1.900 ha

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, diện tích trồng ớt trên địa bàn tỉnh đạt 1.875 ha, tăng 6,2% so với cùng kỳ năm 2023, trong đó huyện Bình Sơn 640 ha, huyện Mộ Đức 415 ha, thị xã Đức Phổ 380 ha. Năng suất bình quân ước đạt 14,8 tấn/ha, sản lượng ước đạt 27.750 tấn.

Giá ớt tươi tại ruộng hiện dao động từ 28.000 đến 35.000 đồng/kg, cao hơn khoảng 8.000 đồng/kg so với đầu vụ. Mỗi ha ớt cho lãi từ 150 đến 200 triệu đồng. Hiệu quả kinh tế của cây ớt gấp khoảng 3 lần trồng lúa.

Tại Cụm công nghiệp Bình Nguyên, huyện Bình Sơn, nhà máy tương ớt của Công ty cổ phần Thực phẩm Trà Khúc có 2 dây chuyền, công suất 12 triệu chai/năm. Từ đầu năm đến nay, nhà máy thu mua hơn 3.200 tấn ớt tươi của nông dân, chiếm khoảng 11,5% sản lượng ớt toàn tỉnh; doanh thu đạt 186 tỷ đồng, bằng 82% kế hoạch năm. Nhà máy giải quyết việc làm cho 265 lao động, trong đó 190 lao động nữ.

Theo Quyết định số 1092/QĐ-UBND của UBND tỉnh, đến năm 2025, tỉnh phấn đấu diện tích ớt đạt 2.200 ha, trong đó ít nhất 500 ha được cấp mã số vùng trồng. Hiện toàn tỉnh mới có 7 mã số vùng trồng ớt với tổng diện tích 168 ha.

Tin liên quan:
- Quảng Ngãi: Hội nghị kết nối tiêu thụ nông sản lần thứ 3
- Xây dựng vùng nguyên liệu đạt chuẩn VietGAP giai đoạn 2021-2025
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
TO25 = per("đến năm 2025", None, "2025-12-31")
BS = "Bình Sơn"

FIGS = [
    fig("đạt gần 1.900 ha", "1.900", 1900, "measure", "ha", approx="nearly",
        subject="diện tích ớt", period=NINE_H),
    fig("đạt 1.875 ha", "1.875", 1875, "measure", "ha", change=chg("increase", 6.2, "%", "cùng kỳ năm 2023"),
        subject="diện tích trồng ớt", period=NINE),
    fig("Bình Sơn 640 ha", "640", 640, "measure", "ha", total=1875,
        subject="diện tích trồng ớt", period=NINE, location="Bình Sơn"),
    fig("Mộ Đức 415 ha", "415", 415, "measure", "ha", total=1875,
        subject="diện tích trồng ớt", period=NINE, location="Mộ Đức"),
    fig("Đức Phổ 380 ha", "380", 380, "measure", "ha", total=1875,
        subject="diện tích trồng ớt", period=NINE, location="Đức Phổ"),
    fig("ước đạt 14,8 tấn/ha", "14,8", 14.8, "measure", "tấn/ha", status="estimate",
        subject="năng suất ớt bình quân", period=inh(NINE)),
    fig("ước đạt 27.750 tấn", "27.750", 27750, "measure", "tấn", status="estimate",
        subject="sản lượng ớt", period=inh(NINE)),
    fig("từ 28.000 đến 35.000", "28.000", 28000, "money", "đồng/kg", value_max=35000,
        change=chg("increase", 8000, "đồng/kg", "đầu vụ", approx="about"),
        subject="giá ớt tươi tại ruộng"),
    fig("từ 150 đến 200 triệu", "150", 150e6, "money", "đồng/ha", value_max=200e6,
        subject="lãi mỗi ha ớt"),
    fig("gấp khoảng 3 lần", "3", 3, "multiple", "lần", approx="about",
        subject="hiệu quả kinh tế của cây ớt so với trồng lúa"),
    fig("có 2 dây chuyền", "2", 2, "count", "dây chuyền",
        subject="dây chuyền của nhà máy tương ớt Công ty cổ phần Thực phẩm Trà Khúc", location=BS),
    fig("12 triệu chai/năm", "12", 12e6, "measure", "chai/năm",
        subject="công suất nhà máy tương ớt", location=BS),
    fig("hơn 3.200 tấn", "3.200", 3200, "measure", "tấn", approx="over", percent=11.5,
        subject="ớt tươi nhà máy thu mua của nông dân", period=YTD, location=BS),
    fig("đạt 186 tỷ", "186", 186e9, "money", "đồng", percent=82,
        subject="doanh thu của nhà máy", period=YTD, location=BS),
    fig("cho 265 lao động", "265", 265, "count", "lao động",
        subject="lao động nhà máy giải quyết việc làm", location=BS),
    fig("190 lao động nữ", "190", 190, "count", "lao động", total=265,
        subject="lao động nữ", location=BS),
    fig("đạt 2.200 ha", "2.200", 2200, "measure", "ha", status="target",
        subject="diện tích ớt", period=TO25),
    fig("ít nhất 500 ha", "500", 500, "measure", "ha", approx="at_least", total=2200, status="target",
        subject="diện tích ớt được cấp mã số vùng trồng", period=TO25),
    fig("có 7 mã số", "7", 7, "count", "mã số", subject="mã số vùng trồng ớt"),
    fig("diện tích 168 ha", "168", 168, "measure", "ha", subject="tổng diện tích các mã số vùng trồng ớt"),
]

NOTES = [
    "Province portal (Quảng Ngãi): chili area and output 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386'.",
    "Distractors: 08:45, Lượt xem 1.386, Quyết định số 1092/QĐ-UBND, 'lần thứ 3', 'giai đoạn 2021-2025', baseline 'năm 2023'.",
    "Headline '9 tháng ... gần 1.900 ha' is its own figure (nearly); year-less '9 tháng' takes 2024 from the dateline.",
    "'trong đó' district parts take the whole 1.875 ha and their district as location; 'ước đạt' gives estimate.",
    "'cao hơn khoảng 8.000 đồng/kg so với đầu vụ' is the change of the price range; 'gấp khoảng 3 lần' stands alone: multiple.",
    "Plant passage in huyện Bình Sơn: location Bình Sơn; 'Từ đầu năm đến nay' ends at the dateline; 'bằng 82% kế hoạch năm' = percent.",
    "'đến năm 2025 ... phấn đấu': target, period end 2025-12-31; 'trong đó ít nhất 500 ha' takes total 2.200.",
]

if __name__ == "__main__":
    write("p1539-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Quảng Ngãi")
