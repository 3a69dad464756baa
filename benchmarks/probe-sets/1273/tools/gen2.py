"""p1273-2: district portal (huyện Hải Hậu, Nam Định): a salt cooperative producing iodised salt."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ » Kinh tế » Nông nghiệp - Nông thôn

HTX muối Biển Vàng mở rộng sản xuất muối i-ốt
05/03/2024 - 08:20

Năm 2023, Hợp tác xã muối Biển Vàng (thị trấn Thịnh Long) sản xuất và cung ứng ra thị trường 1.250 tấn muối i-ốt, tăng 18% so với năm 2022; doanh thu đạt 6,9 tỷ đồng. HTX hiện có 46 thành viên, gồm 28 hộ diêm dân trực tiếp sản xuất và 18 thành viên góp vốn, thu nhập bình quân 7,5 triệu đồng/người/tháng.

Theo ông Trần Văn Khiêm, Giám đốc HTX, đơn vị đã đầu tư hai máy trộn i-ốt và một dây chuyền sấy, đóng gói với tổng kinh phí gần 1,8 tỷ đồng, trong đó ngân sách huyện hỗ trợ 30%. Muối sau khi trộn có hàm lượng i-ốt từ 20 đến 40 ppm, đáp ứng quy định tại Nghị định số 09/2016/NĐ-CP. Sản phẩm muối i-ốt gói 500 g có giá bán lẻ 4.000-5.000 đồng/gói.

Toàn huyện hiện có 820 ha đồng muối với khoảng 1.100 hộ diêm dân; sản lượng muối năm 2023 đạt 32.500 tấn, trong đó muối i-ốt chiếm khoảng 6%. Sản phẩm muối i-ốt của HTX đang được hoàn thiện hồ sơ để đánh giá, phân hạng OCOP 3 sao.

Năm 2024, HTX phấn đấu sản xuất 1.500 tấn muối i-ốt, dự kiến tạo việc làm thêm cho từ 15 đến 20 lao động địa phương. Dịp Tết Nguyên đán vừa qua, huyện đã cấp miễn phí ba chục tấn muối i-ốt cho các hộ nghèo, hộ cận nghèo trên địa bàn.

Nguồn: Phòng Kinh tế - Hạ tầng huyện

Tin khác:
- Hải Hậu ra quân làm thủy lợi nội đồng vụ Xuân 2024
- Hội nghị tổng kết công tác dân số năm 2023

Bản quyền thuộc UBND huyện Hải Hậu
Địa chỉ: Số 2 đường Thống Nhất, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định
Điện thoại: 0228.3877.215
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("thị trường 1.250 tấn", "1.250", 1250, "measure", "tấn",
        change=chg("increase", 18, "%", "năm 2022"),
        subject="muối i-ốt Hợp tác xã muối Biển Vàng sản xuất và cung ứng ra thị trường", period=Y23),
    fig("đạt 6,9 tỷ", "6,9", 6.9e9, "money", "đồng", subject="doanh thu của Hợp tác xã muối Biển Vàng",
        period=Y23),
    fig("có 46 thành viên", "46", 46, "count", "thành viên", subject="thành viên HTX"),
    fig("gồm 28 hộ", "28", 28, "count", "hộ diêm dân", total=46,
        subject="hộ diêm dân trực tiếp sản xuất"),
    fig("và 18 thành viên", "18", 18, "count", "thành viên", total=46, subject="thành viên góp vốn"),
    fig("bình quân 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân thành viên HTX"),
    fig("tư hai máy", "hai", 2, "count", "máy trộn i-ốt", subject="máy trộn i-ốt HTX đầu tư"),
    fig("và một dây chuyền", "một", 1, "count", "dây chuyền",
        subject="dây chuyền sấy, đóng gói HTX đầu tư"),
    fig("gần 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", approx="nearly",
        subject="tổng kinh phí đầu tư máy trộn i-ốt và dây chuyền sấy, đóng gói"),
    fig("hỗ trợ 30%", "30", 30, "percent", "%", subject="tỷ lệ kinh phí ngân sách huyện hỗ trợ"),
    fig("từ 20 đến 40 ppm", "20", 20, "measure", "ppm", value_max=40,
        subject="hàm lượng i-ốt của muối sau khi trộn"),
    fig("gói 500 g", "500", 500, "measure", "g", optional=True),
    fig("4.000-5.000 đồng/gói", "4.000", 4000, "money", "đồng/gói", value_max=5000,
        subject="giá bán lẻ sản phẩm muối i-ốt gói 500 g"),
    fig("có 820 ha", "820", 820, "measure", "ha", subject="diện tích đồng muối toàn huyện"),
    fig("khoảng 1.100 hộ", "1.100", 1100, "count", "hộ diêm dân", approx="about",
        subject="hộ diêm dân toàn huyện"),
    fig("đạt 32.500 tấn", "32.500", 32500, "measure", "tấn", subject="sản lượng muối toàn huyện",
        period=Y23b),
    fig("chiếm khoảng 6%", "6", 6, "percent", "%", approx="about",
        subject="tỷ trọng muối i-ốt trong sản lượng muối", period=Y23b),
    fig("xuất 1.500 tấn", "1.500", 1500, "measure", "tấn", status="target",
        subject="muối i-ốt HTX sản xuất", period=Y24),
    fig("từ 15 đến 20 lao động", "15", 15, "count", "lao động", value_max=20, status="forecast",
        subject="lao động địa phương được tạo việc làm thêm", period=Y24),
    fig("phí ba chục tấn", "ba chục", 30, "measure", "tấn",
        subject="muối i-ốt huyện cấp miễn phí cho các hộ nghèo, hộ cận nghèo"),
]

NOTES = [
    "District portal (huyện Hải Hậu, Nam Định): banner naming the district, dateline '05/03/2024 - 08:20', 'Nguồn:', 'Tin khác', footer.",
    "Default location Hải Hậu (the cooperative is in thị trấn Thịnh Long, a commune-level town of the district).",
    "Distractors: 08:20, 'Nghị định số 09/2016/NĐ-CP', 'OCOP 3 sao', 'vụ Xuân 2024' and 'năm 2023' in link titles, 'Số 2 đường Thống Nhất', phone.",
    "'46 thành viên, gồm 28 hộ ... và 18 thành viên' → both parts take total 46. 'hai máy', 'một dây chuyền', 'ba chục tấn' are number words.",
    "'trong đó ngân sách huyện hỗ trợ 30%' and 'trong đó muối i-ốt chiếm khoảng 6%' are percent figures of their own (the share stands alone).",
    "Optional: the pack size 'gói 500 g'. The ppm range is a measured property of the product (required), not a legal threshold.",
    "Year 2024 sentence: 'phấn đấu' → target (1.500 tấn); 'dự kiến' opens its own clause → forecast (15-20 lao động).",
    "'Dịp Tết Nguyên đán vừa qua' names no year: no period for 'ba chục tấn'. Standing facts (46 thành viên, 820 ha, 1.100 hộ) have no period.",
]

if __name__ == "__main__":
    write("p1273-2", TEXT, NOTES, FIGS, published="2024-03-05", location="Hải Hậu")
