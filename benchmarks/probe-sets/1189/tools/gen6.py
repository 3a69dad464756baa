"""p1189-6: national newspaper, tyre pyrolysis kilns in huyện Thanh Liêm (Hà Nam) and national figures, 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Môi trường

Lò nhiệt phân lốp phế thải bủa vây làng quê

Thứ Sáu, 22/11/2024, 06:00 (GMT+7)

Gần 20 lò đốt lốp xe cũ lấy dầu mọc lên ở huyện Thanh Liêm (Hà Nam), xả khói đen cả ngày lẫn đêm.

Tại xã Thanh Hải, người dân phản ánh 6 lò nhiệt phân của hai công ty hoạt động liên tục, mùi khét lan rộng trong bán kính khoảng 2 km. Mỗi mẻ, một lò nạp từ 8 đến 10 tấn lốp cắt mảnh, nung ở 400-450 độ C trong khoảng 12 giờ, thu được dầu nhiệt phân chiếm 40-45% khối lượng, còn lại là than đen, thép và khí.

Theo Sở Tài nguyên và Môi trường Hà Nam, năm 2024 tỉnh đã kiểm tra 11 cơ sở nhiệt phân lốp, xử phạt 7 cơ sở với tổng số tiền 1,46 tỷ đồng; buộc tháo dỡ 3 lò không phép. Kết quả quan trắc tháng 9 cho thấy nồng độ bụi tại ống khói của một cơ sở vượt quy chuẩn 3,2 lần.

Không chỉ ở Hà Nam, theo Hiệp hội Tái chế chất thải Việt Nam, cả nước hiện có khoảng 150 cơ sở nhiệt phân lốp, phần lớn quy mô nhỏ, công suất dưới 20 tấn/ngày. Năm 2023, các cơ sở này tiêu thụ ước 180.000 tấn lốp phế thải, trong đó khoảng 35% có nguồn gốc nhập khẩu dưới dạng phế liệu.

Sở Tài nguyên và Môi trường Hà Nam cho biết, dự kiến trong quý I/2025 sẽ di dời toàn bộ 6 lò tại xã Thanh Hải vào Cụm công nghiệp Kiện Khê 1. Theo tính toán của Sở, chi phí đầu tư một dây chuyền nhiệt phân kín đạt chuẩn khoảng 25-30 tỷ đồng, gấp khoảng 5 lần lò thủ công.

Đức Minh
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
M9 = per("tháng 9", "2024-09-01", "2024-09-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
TL = "Thanh Liêm"
HN = "Hà Nam"
VN = "Việt Nam"

FIGS = [
    fig("Gần 20 lò", "20", 20, "count", "lò", approx="nearly", location=TL,
        subject="lò đốt lốp xe cũ lấy dầu"),
    fig("phản ánh 6 lò", "6", 6, "count", "lò", location=TL, subject="lò nhiệt phân tại xã Thanh Hải"),
    fig("của hai công ty", "hai", 2, "count", "công ty", location=TL,
        subject="công ty có lò nhiệt phân tại xã Thanh Hải"),
    fig("khoảng 2 km", "2", 2, "measure", "km", approx="about", location=TL,
        subject="bán kính mùi khét lan rộng"),
    fig("từ 8 đến 10 tấn", "8", 8, "measure", "tấn", value_max=10, location=TL,
        subject="lốp cắt mảnh một lò nạp mỗi mẻ"),
    fig("ở 400-450 độ C", "400", 400, "measure", "độ C", value_max=450, optional=True,
        subject="nhiệt độ nung"),
    fig("khoảng 12 giờ", "12", 12, "measure", "giờ", approx="about", optional=True,
        subject="thời gian nung mỗi mẻ"),
    fig("chiếm 40-45%", "40", 40, "percent", "%", value_max=45, location=TL,
        subject="dầu nhiệt phân thu được trong khối lượng lốp"),
    fig("kiểm tra 11 cơ sở", "11", 11, "count", "cơ sở", location=HN,
        subject="cơ sở nhiệt phân lốp được kiểm tra", period=Y24),
    fig("xử phạt 7 cơ sở", "7", 7, "count", "cơ sở", location=HN, subject="cơ sở bị xử phạt", period=Y24),
    fig("tiền 1,46 tỷ", "1,46", 1460000000, "money", "đồng", location=HN,
        subject="tổng số tiền xử phạt", period=Y24),
    fig("dỡ 3 lò", "3", 3, "count", "lò", location=HN, subject="lò không phép buộc tháo dỡ", period=Y24),
    fig("quy chuẩn 3,2 lần", "3,2", 3.2, "multiple", "lần", location=HN,
        subject="nồng độ bụi tại ống khói vượt quy chuẩn", period=M9),
    fig("khoảng 150 cơ sở", "150", 150, "count", "cơ sở", approx="about", location=VN,
        subject="cơ sở nhiệt phân lốp"),
    fig("dưới 20 tấn/ngày", "20", 20, "measure", "tấn/ngày", approx="under", location=VN,
        subject="công suất cơ sở nhiệt phân lốp quy mô nhỏ"),
    fig("ước 180.000 tấn", "180.000", 180000, "measure", "tấn", status="estimate", location=VN,
        subject="lốp phế thải các cơ sở nhiệt phân tiêu thụ", period=Y23),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about", status="estimate", location=VN,
        subject="lốp phế thải có nguồn gốc nhập khẩu dưới dạng phế liệu", period=Y23),
    fig("toàn bộ 6 lò", "6", 6, "count", "lò", status="forecast", location=TL,
        subject="lò tại xã Thanh Hải di dời vào cụm công nghiệp", period=Q1),
    fig("khoảng 25-30 tỷ", "25", 25000000000, "money", "đồng", value_max=30000000000, approx="about",
        change=chg("increase", 5, "lần", "lò thủ công", approx="about"), location=HN,
        subject="chi phí đầu tư một dây chuyền nhiệt phân kín đạt chuẩn"),
]

NOTES = [
    "National newspaper: breadcrumb, 'Thứ Sáu, 22/11/2024, 06:00 (GMT+7)' (published 2024-11-22), byline at the end. No default location:",
    "xã Thanh Hải figures → Thanh Liêm; the province's inspections and cost estimate → Hà Nam; the recycling association's figures → Việt Nam.",
    "Distractors: 06:00, GMT+7, 'Cụm công nghiệp Kiện Khê 1', 'một lò nạp' and 'của một cơ sở' and 'một dây chuyền' (một = a/each, not a count).",
    "Process parameters (400-450 độ C, khoảng 12 giờ per batch) are optional. 'vượt quy chuẩn 3,2 lần' stands alone: multiple.",
    "'gấp khoảng 5 lần lò thủ công' after the cost range is its change. 'ước 180.000 tấn' → estimate; the continuing 'trong đó khoảng 35%' too.",
    "'tháng 9' takes the year of 'năm 2024' stated before it. 'toàn bộ 6 lò' restates the 6 kilns as a forecast relocation (a figure again).",
]

if __name__ == "__main__":
    write("p1189-6", TEXT, NOTES, FIGS, published="2024-11-22", location=None)
