from lib import *

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 10/8/2024, 06:30 (GMT+7)

Giá na dai Chi Lăng lên 80.000 đồng một kg

Na dai Chi Lăng đầu vụ được thương lái thu mua 70.000-80.000 đồng một kg, cao nhất nhiều năm; mãng cầu Tây Ninh cũng tăng giá từ 20 đến 30%.

Ngày 9/8, tại các vườn na ở huyện Chi Lăng (Lạng Sơn), thương lái thu mua na dai loại 1 với giá 70.000-80.000 đồng một kg, cao hơn khoảng 15.000 đồng so với cùng kỳ năm ngoái. Na loại 2 có giá 40.000-50.000 đồng.

Ông Hoàng Văn Tư, chủ vườn 2 ha ở xã Chi Lăng, cho biết năm nay gia đình thu khoảng 25 tấn quả, trừ chi phí lãi hơn 700 triệu đồng. "Năm ngoái giá chỉ 50.000 đồng, năm nay thương lái đặt cọc từ đầu tháng 7", ông Tư nói.

Theo Sở Nông nghiệp và Phát triển nông thôn Lạng Sơn, toàn tỉnh năm nay có hơn 4.300 ha na, sản lượng ước đạt 40.500 tấn. Với giá bình quân trên 30.000 đồng một kg, tổng thu từ na dự kiến trên 1.200 tỷ đồng.

Tại Tây Ninh, mãng cầu ta loại 1 được thu mua 35.000-45.000 đồng một kg. Tỉnh có hơn 6.200 ha mãng cầu, lớn nhất cả nước, tập trung quanh núi Bà Đen.

Cả nước hiện có khoảng 48.700 ha na, mãng cầu; sản lượng năm 2023 đạt 512.600 tấn, theo Cục Trồng trọt. Xuất khẩu na, mãng cầu 7 tháng đầu năm nay đạt 41 triệu USD, tăng 25% so với cùng kỳ, trong đó thị trường Trung Quốc chiếm 68%. Một lô 2 tấn na Chi Lăng đã được xuất sang Nhật Bản hồi tháng 7.

Hoàng Nam
"""

NAY = per("năm nay", "2024-01-01", "2024-12-31")
NGOAI = per("Năm ngoái", "2023-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M7 = per("7 tháng đầu năm nay", "2024-01-01", "2024-07-31")
T7 = per("tháng 7", "2024-07-01", "2024-07-31")
CL, LS, TN, VN = "Chi Lăng", "Lạng Sơn", "Tây Ninh", "Việt Nam"

FIGS = [
    fig("lên 80.000 đồng một kg", "80.000", 80000, "money", "đồng/kg", "giá na dai", location=CL),
    fig("thu mua 70.000-80.000 đồng một kg", "70.000", 70000, "money", "đồng/kg", "giá thương lái thu mua na dai đầu vụ",
        value_max=80000, location=CL),
    fig("từ 20 đến 30%", "20", 20, "percent", "%", "mức tăng giá mãng cầu", value_max=30, location=TN),
    fig("với giá 70.000-80.000 đồng một kg", "70.000", 70000, "money", "đồng/kg", "giá thương lái thu mua na dai loại 1",
        value_max=80000, location=CL, change=chg("increase", 15000, "đồng", "cùng kỳ năm ngoái", approx="about")),
    fig("giá 40.000-50.000 đồng.", "40.000", 40000, "money", "đồng", "giá na loại 2", value_max=50000, location=CL),
    fig("chủ vườn 2 ha", "2", 2, "measure", "ha", "diện tích vườn na của ông Hoàng Văn Tư", location=CL),
    fig("khoảng 25 tấn", "25", 25, "measure", "tấn", "sản lượng na của gia đình ông Hoàng Văn Tư", NAY, approx="about",
        location=CL),
    fig("hơn 700 triệu đồng", "700", 700e6, "money", "đồng", "lãi từ na của gia đình ông Hoàng Văn Tư", NAY,
        approx="over", location=CL),
    fig("chỉ 50.000 đồng", "50.000", 50000, "money", "đồng", "giá na", NGOAI, location=CL),
    fig("hơn 4.300 ha", "4.300", 4300, "measure", "ha", "diện tích na", NAY, approx="over", location=LS),
    fig("ước đạt 40.500 tấn", "40.500", 40500, "measure", "tấn", "sản lượng na", NAY, status="estimate", location=LS),
    fig("trên 30.000 đồng một kg", "30.000", 30000, "money", "đồng/kg", "giá na bình quân", inh(NAY), approx="over",
        location=LS),
    fig("trên 1.200 tỷ đồng", "1.200", 1.2e12, "money", "đồng", "tổng thu từ na", inh(NAY), approx="over",
        status="forecast", location=LS),
    fig("thu mua 35.000-45.000 đồng", "35.000", 35000, "money", "đồng/kg", "giá thu mua mãng cầu ta loại 1",
        value_max=45000, location=TN),
    fig("hơn 6.200 ha", "6.200", 6200, "measure", "ha", "diện tích mãng cầu", approx="over", location=TN),
    fig("khoảng 48.700 ha", "48.700", 48700, "measure", "ha", "diện tích na, mãng cầu", approx="about", location=VN),
    fig("đạt 512.600 tấn", "512.600", 512600, "measure", "tấn", "sản lượng na, mãng cầu", Y23, location=VN),
    fig("đạt 41 triệu USD", "41", 41e6, "money", "USD", "xuất khẩu na, mãng cầu", M7, location=VN,
        change=chg("increase", 25, "%", "cùng kỳ")),
    fig("chiếm 68%", "68", 68, "percent", "%", "tỷ trọng thị trường Trung Quốc trong xuất khẩu na, mãng cầu", M7,
        location=VN),
    fig("lô 2 tấn", "2", 2, "measure", "tấn", "lô na Chi Lăng xuất sang Nhật Bản", T7, location=CL),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ bảy, 10/8/2024, 06:30 (GMT+7)'): na / mãng cầu prices in Chi Lăng and Tây Ninh,",
    "national area and exports. No article default location: each figure names its place (Chi Lăng / Lạng Sơn / Tây Ninh /",
    "Việt Nam; Trung Quốc and Nhật Bản are partners, not places). 'đồng một kg' = đồng/kg. 'năm nay' = 2024, 'Năm ngoái' = 2023.",
    "'tăng giá từ 20 đến 30%' in the sapo is a growth rate standing as the claim (percent, no change). 'cao hơn khoảng 15.000",
    "đồng so với cùng kỳ năm ngoái' is the change of the price range before it. 'trong đó thị trường Trung Quốc chiếm 68%'",
    "is China's share, a percent figure of its own (no amount for China is given).",
    "Distractors: (GMT+7), 06:30, Ngày 9/8, 'loại 1', 'loại 2', 'từ đầu tháng 7', 'cao nhất nhiều năm', byline.",
]

if __name__ == "__main__":
    emit("p743-6", TEXT, COMMENTS, FIGS, published="2024-08-10")
