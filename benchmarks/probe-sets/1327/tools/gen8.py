"""p1327-8: radio/TV site (BTV, Bình Định): an organic fertiliser plant opens in huyện Phù Cát."""
from lib import F, period, change, write

TEXT = """BTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BÌNH ĐỊNH
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Khánh thành nhà máy phân bón hữu cơ vi sinh công suất 100.000 tấn/năm

Cập nhật ngày: 15/03/2025 - 11:05

(BTV) - Sáng 15/3, Công ty cổ phần Phân bón hữu cơ Sao Mai Xanh khánh thành nhà máy phân bón hữu cơ vi sinh tại Cụm công nghiệp Cát Nhơn, huyện Phù Cát, cạnh Quốc lộ 19B.

Nhà máy có tổng vốn đầu tư 265 tỷ đồng, xây dựng trên diện tích gần 5,2 ha, gồm hai dây chuyền sản xuất với tổng công suất 100.000 tấn/năm. Nguyên liệu chính là phụ phẩm nông nghiệp như vỏ trấu, bã mía, phân chuồng; mỗi năm nhà máy có thể xử lý khoảng 150 nghìn tấn phụ phẩm. Nhà máy tạo việc làm cho 85 lao động địa phương, thu nhập bình quân 8,5 triệu đồng/người/tháng.

Năm nay, công ty dự kiến sản xuất 60.000 tấn phân bón, doanh thu khoảng 420 tỷ đồng. Sản phẩm có giá bán từ 3.500 đến 4.200 đồng/kg, thấp hơn phân bón hóa học khoảng 30%. Công ty phấn đấu đến năm 2027 xuất khẩu ít nhất 20% sản lượng sang Hàn Quốc và Nhật Bản.

Theo Sở Nông nghiệp và PTNT, mỗi năm toàn tỉnh Bình Định sử dụng khoảng 180.000 tấn phân bón các loại, trong đó phân bón hữu cơ chỉ chiếm khoảng 8%. Tỉnh đặt mục tiêu đến năm 2030 nâng tỷ lệ này lên 20%.

Tin: Ngọc Hân - Quang Huy

Xem thêm:
- Phù Cát: Ra mắt HTX nông nghiệp hữu cơ số 2
- Bản tin Thời sự 19h ngày 14/3/2025
"""

Y25 = period("Năm nay", "2025-01-01", "2025-12-31")
BY2027 = period("đến năm 2027", None, "2027-12-31")
BY2030 = period("đến năm 2030", None, "2030-12-31")
PC = {"location": "Phù Cát"}

FIGS = [
    F("vi sinh công suất 100.000", "100.000", 100000, "measure", "tấn/năm",
      "công suất nhà máy phân bón hữu cơ vi sinh", **PC),
    F("tư 265 tỷ", "265", 265e9, "money", "đồng", "tổng vốn đầu tư", **PC),
    F("gần 5,2 ha", "5,2", 5.2, "measure", "ha", "diện tích xây dựng nhà máy", approx="nearly", **PC),
    F("hai dây chuyền", "hai", 2, "count", "dây chuyền", "dây chuyền sản xuất", **PC),
    F("tổng công suất 100.000", "100.000", 100000, "measure", "tấn/năm", "tổng công suất", **PC),
    F("khoảng 150 nghìn", "150", 150000, "measure", "tấn/năm", "phụ phẩm nhà máy có thể xử lý",
      approx="about", **PC),
    F("cho 85 lao động", "85", 85, "count", "lao động", "lao động địa phương được tạo việc làm", **PC),
    F("quân 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", "thu nhập bình quân", **PC),
    F("xuất 60.000 tấn", "60.000", 60000, "measure", "tấn", "phân bón công ty sản xuất", Y25,
      status="forecast", **PC),
    F("khoảng 420 tỷ", "420", 420e9, "money", "đồng", "doanh thu", Y25, approx="about", status="forecast", **PC),
    F("từ 3.500 đến 4.200", "3.500", 3500, "money", "đồng/kg", "giá bán sản phẩm", value_max=4200,
      change=change("decrease", 30, "%", "phân bón hóa học", approx="about"), **PC),
    F("ít nhất 20%", "20", 20, "percent", "%", "sản lượng xuất khẩu sang Hàn Quốc và Nhật Bản", BY2027,
      approx="at_least", status="target", **PC),
    F("khoảng 180.000", "180.000", 180000, "measure", "tấn/năm", "phân bón các loại toàn tỉnh sử dụng",
      approx="about"),
    F("khoảng 8%", "8", 8, "percent", "%", "phân bón hữu cơ", approx="about"),
    F("lên 20%", "20", 20, "percent", "%", "tỷ lệ phân bón hữu cơ", BY2030, status="target"),
]

NOTES = [
    "Radio/TV site (BTV Bình Định): menu, 'Cập nhật ngày: 15/03/2025 - 11:05' (published), tag '(BTV) -', 'Tin:' byline, 'Xem thêm'.",
    "The plant is in huyện Phù Cát: its figures → Phù Cát; the Sở's province figures ('toàn tỉnh Bình Định') → Bình Định.",
    "Headline 'công suất 100.000 tấn/năm' and body 'tổng công suất 100.000 tấn/năm' are both figures.",
    "'mỗi năm … khoảng 150 nghìn tấn', 'mỗi năm … khoảng 180.000 tấn' → rates in tấn/năm (as set 1242 did). 'có thể xử lý' is a capacity: actual.",
    "'Năm nay' = 2025 (dateline). 'dự kiến' → forecast for both 60.000 tấn and 420 tỷ (the continuing clause).",
    "'từ 3.500 đến 4.200 đồng/kg, thấp hơn phân bón hóa học khoảng 30%' → range with a change (baseline 'phân bón hóa học').",
    "'trong đó phân bón hữu cơ chỉ chiếm khoảng 8%' is a share of its own (no amount for the part): percent figure, no total.",
    "'nâng tỷ lệ này lên 20%' → target, 'đến năm 2030' start null. Hàn Quốc, Nhật Bản are trade partners, not places.",
    "Distractors: 'Sáng 15/3', 'Quốc lộ 19B', 'HTX nông nghiệp hữu cơ số 2', '19h ngày 14/3/2025', time 11:05.",
]

if __name__ == "__main__":
    write("p1327-8", TEXT, NOTES, FIGS, published="2025-03-15", location="Bình Định")
