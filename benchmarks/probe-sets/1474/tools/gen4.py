"""p1474-4: ministry site (Bộ Khoa học và Công nghệ): stroller imports, test results, mother-and-baby market (Việt Nam)."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Trang chủ > Tin tức - Sự kiện > Tiêu chuẩn - Đo lường - Chất lượng

Siết chất lượng xe đẩy, nôi cũi trẻ em nhập khẩu

Thứ Ba, 19/03/2024 | 14:05

Theo Tổng cục Tiêu chuẩn Đo lường Chất lượng, năm 2023 cả nước nhập khẩu khoảng 1,35 triệu chiếc xe đẩy trẻ em, tăng 9,7% so với năm 2022, trị giá 48,6 triệu USD; trong đó hàng có xuất xứ Trung Quốc chiếm gần 83%. Việt Nam hiện đứng thứ 3 Đông Nam Á về lượng xe đẩy trẻ em nhập khẩu, sau Indonesia và Philippines.

Trong năm 2023, các tổ chức thử nghiệm được chỉ định đã thử nghiệm 1.240 mẫu xe đẩy, nôi, cũi và ghế ăn cho trẻ em, phát hiện 106 mẫu không đạt yêu cầu, chiếm 8,5%. Các lỗi phổ biến là khóa gập không chắc chắn (41 mẫu), khoảng hở giữa các nan cũi quá rộng (27 mẫu) và hàm lượng chì trong lớp sơn vượt ngưỡng (19 mẫu).

Theo số liệu của Bộ Công Thương, quy mô thị trường sản phẩm mẹ và bé năm 2023 ước khoảng 3,8 tỷ USD. Nhóm xe đẩy, nôi cũi, giường và ghế trẻ em chiếm khoảng 12% thị trường này. Cả nước hiện có khoảng 4.500 cửa hàng chuyên doanh mẹ và bé, trong đó các chuỗi bán lẻ lớn sở hữu hơn 1.100 cửa hàng.

Để bảo đảm an toàn cho trẻ em, Bộ Khoa học và Công nghệ đang hoàn thiện dự thảo Thông tư ban hành quy chuẩn kỹ thuật quốc gia đối với xe đẩy và cũi trẻ em, dự kiến có hiệu lực từ ngày 01/7/2025. Theo lộ trình, đến năm 2026, 100% xe đẩy, cũi trẻ em lưu thông trên thị trường phải được chứng nhận hợp quy.

Bộ Khoa học và Công nghệ - 113 Trần Duy Hưng, Cầu Giấy, Hà Nội
Điện thoại: 024.3943.9731
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
IN23 = per("Trong năm 2023", "2023-01-01", "2023-12-31")
T26 = per("đến năm 2026", None, "2026-12-31")

FIGS = [
    fig("khoảng 1,35 triệu", "1,35", 1.35e6, "count", "chiếc", approx="about",
        change=chg("increase", 9.7, "%", "năm 2022"), subject="xe đẩy trẻ em nhập khẩu", period=Y23),
    fig("trị giá 48,6 triệu", "48,6", 48.6e6, "money", "USD", subject="trị giá xe đẩy trẻ em nhập khẩu",
        period=Y23),
    fig("chiếm gần 83%", "83", 83, "percent", "%", approx="nearly",
        subject="tỷ trọng hàng có xuất xứ Trung Quốc trong xe đẩy trẻ em nhập khẩu", period=Y23),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="lượng xe đẩy trẻ em nhập khẩu"),
    fig("thử nghiệm 1.240 mẫu", "1.240", 1240, "count", "mẫu",
        subject="mẫu xe đẩy, nôi, cũi và ghế ăn cho trẻ em được thử nghiệm", period=IN23),
    fig("phát hiện 106 mẫu", "106", 106, "count", "mẫu", percent=8.5,
        subject="mẫu không đạt yêu cầu", period=IN23),
    fig("(41 mẫu)", "41", 41, "count", "mẫu", subject="mẫu lỗi khóa gập không chắc chắn", period=inh(IN23)),
    fig("(27 mẫu)", "27", 27, "count", "mẫu", subject="mẫu lỗi khoảng hở giữa các nan cũi quá rộng",
        period=inh(IN23)),
    fig("(19 mẫu)", "19", 19, "count", "mẫu", subject="mẫu lỗi hàm lượng chì trong lớp sơn vượt ngưỡng",
        period=inh(IN23)),
    fig("ước khoảng 3,8 tỷ", "3,8", 3.8e9, "money", "USD", approx="about", status="estimate",
        subject="quy mô thị trường sản phẩm mẹ và bé", period=Y23),
    fig("chiếm khoảng 12%", "12", 12, "percent", "%", approx="about",
        subject="tỷ trọng nhóm xe đẩy, nôi cũi, giường và ghế trẻ em trong thị trường sản phẩm mẹ và bé",
        period=inh(Y23)),
    fig("khoảng 4.500 cửa hàng", "4.500", 4500, "count", "cửa hàng", approx="about",
        subject="cửa hàng chuyên doanh mẹ và bé"),
    fig("hơn 1.100 cửa hàng", "1.100", 1100, "count", "cửa hàng", approx="over", total=4500,
        subject="cửa hàng các chuỗi bán lẻ lớn sở hữu"),
    fig("năm 2026, 100%", "100", 100, "percent", "%", status="target",
        subject="xe đẩy, cũi trẻ em lưu thông trên thị trường được chứng nhận hợp quy", period=T26),
]

NOTES = [
    "Ministry site (Bộ Khoa học và Công nghệ), national figures (Việt Nam): breadcrumb, 'Thứ Ba, 19/03/2024 | 14:05', address footer.",
    "Distractors: 14:05, 'ngày 01/7/2025' (date of effect), '113 Trần Duy Hưng', phone 024.3943.9731.",
    "'trong đó hàng có xuất xứ Trung Quốc chiếm gần 83%' is a percent figure of its own; Trung Quốc is a trade partner (location",
    "Việt Nam). 'đứng thứ 3 Đông Nam Á' → rank 3, location Việt Nam, no period ('hiện').",
    "'phát hiện 106 mẫu không đạt yêu cầu, chiếm 8,5%' → percent 8.5; no total (no part cue). The bracketed error counts do not add",
    "up to 106 and follow 'Các lỗi phổ biến là', not a figure: no total.",
    "'ước khoảng 3,8 tỷ USD' → estimate + about. 'trong đó các chuỗi bán lẻ lớn sở hữu hơn 1.100 cửa hàng' → total 4.500.",
    "'đến năm 2026, 100% ... phải được chứng nhận hợp quy' → target (a roadmap goal), period end 2026.",
]

if __name__ == "__main__":
    write("p1474-4", TEXT, NOTES, FIGS, published="2024-03-19", location="Việt Nam")
