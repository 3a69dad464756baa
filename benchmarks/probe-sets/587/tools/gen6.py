"""p587-6: national press (VnExpress style) — giám định ADN xác định danh tính hài cốt liệt sĩ."""
from lib import emit, fig, per, inh, ch

TEXT = """Thời sự › Xã hội
Thứ hai, 22/7/2024, 07:00 (GMT+7)

Hơn 1.200 hài cốt liệt sĩ được xác định danh tính nhờ giám định ADN

Gần 10 năm qua, các đơn vị giám định đã xác định danh tính hơn 1.200 hài cốt liệt sĩ còn thiếu thông tin, song con số này mới bằng khoảng 0,4% số mộ chưa có tên.

Theo Bộ Lao động - Thương binh và Xã hội, từ năm 2015 đến nay, các đơn vị đã thu nhận hơn 21.000 mẫu hài cốt liệt sĩ và gần 19.500 mẫu sinh phẩm của thân nhân để phân tích ADN. Riêng 6 tháng đầu năm nay, 1.146 mẫu hài cốt đã được giám định, trong đó 83 mẫu cho kết quả trùng khớp, chiếm 7,2%. Năm 2023, số hài cốt được xác định danh tính là 246 trường hợp, tăng 2,1 lần so với năm 2022.

Thiếu tướng Lê Minh Khang, Viện trưởng Viện Pháp y Quân đội, cho biết tỷ lệ tách chiết ADN thành công với các mẫu hài cốt đã chôn cất trên 50 năm chỉ đạt từ 20 đến 30%. Chi phí giám định trung bình khoảng 4,5 triệu đồng/mẫu; với mẫu bị phân hủy nặng, chi phí cao gấp gần 3 lần.

Hiện cả nước còn khoảng 175.000 hài cốt liệt sĩ chưa tìm thấy và khoảng 300.000 mộ trong các nghĩa trang chưa xác định được danh tính. Theo Đề án 150, đến năm 2030 sẽ thu nhận, lưu giữ khoảng 60.000 mẫu sinh phẩm thân nhân liệt sĩ, nâng năng lực giám định lên 5.000-6.000 mẫu mỗi năm.

Gia đình liệt sĩ có nhu cầu lấy mẫu sinh phẩm có thể liên hệ Trung tâm Dữ liệu liệt sĩ, số 35 Trần Phú, Ba Đình, Hà Nội, hoặc gọi đường dây nóng 1900.9036 để được hướng dẫn.

Hoàng Phương
"""

PN = per("từ năm 2015 đến nay", "2015-01-01", "2024-07-22")
FIGS = [
    fig("Hơn 1.200 hài cốt", "1.200", 1200, "count", "hài cốt", "hài cốt liệt sĩ được xác định danh tính",
        approx="over"),
    fig("danh tính hơn 1.200", "1.200", 1200, "count", "hài cốt", "hài cốt liệt sĩ còn thiếu thông tin được xác định danh tính",
        approx="over", percent=0.4),
    fig("hơn 21.000 mẫu", "21.000", 21000, "count", "mẫu", "mẫu hài cốt liệt sĩ thu nhận", PN, approx="over"),
    fig("gần 19.500 mẫu", "19.500", 19500, "count", "mẫu", "mẫu sinh phẩm của thân nhân", PN, approx="nearly"),
    fig("nay, 1.146 mẫu", "1.146", 1146, "count", "mẫu", "mẫu hài cốt được giám định",
        per("6 tháng đầu năm nay", "2024-01-01", "2024-06-30")),
    fig("trong đó 83 mẫu", "83", 83, "count", "mẫu", "mẫu cho kết quả trùng khớp",
        per("6 tháng đầu năm nay", "2024-01-01", "2024-06-30"), total=1146, percent=7.2),
    fig("là 246 trường hợp", "246", 246, "count", "trường hợp", "hài cốt được xác định danh tính",
        per("Năm 2023", "2023-01-01", "2023-12-31"), change=ch("increase", 2.1, "lần", "năm 2022")),
    fig("trên 50 năm", "50", 50, "measure", "năm", "thời gian chôn cất mẫu hài cốt", approx="over", optional=True),
    fig("từ 20 đến 30%", "20", 20, "percent", "%", "tỷ lệ tách chiết ADN thành công", value_max=30),
    fig("khoảng 4,5 triệu đồng/mẫu", "4,5", 4.5e6, "money", "đồng/mẫu", "chi phí giám định trung bình", approx="about"),
    fig("gấp gần 3 lần", "3", 3, "multiple", "lần", "chi phí giám định mẫu bị phân hủy nặng", approx="nearly"),
    fig("khoảng 175.000 hài cốt", "175.000", 175000, "count", "hài cốt", "hài cốt liệt sĩ chưa tìm thấy",
        approx="about"),
    fig("khoảng 300.000 mộ", "300.000", 300000, "count", "mộ", "mộ trong các nghĩa trang chưa xác định được danh tính",
        approx="about"),
    fig("khoảng 60.000 mẫu", "60.000", 60000, "count", "mẫu", "mẫu sinh phẩm thân nhân liệt sĩ thu nhận, lưu giữ",
        per("đến năm 2030", None, "2030-12-31"), approx="about", status="target"),
    fig("lên 5.000-6.000 mẫu", "5.000", 5000, "count", "mẫu", "năng lực giám định mỗi năm",
        per("đến năm 2030", None, "2030-12-31"), value_max=6000, status="target"),
]

COMMENTS = [
    "National press (VnExpress style): giám định ADN xác định danh tính hài cốt liệt sĩ; dateline 'Thứ hai, 22/7/2024, 07:00 (GMT+7)'.",
    "Not figures: (GMT+7), 'Gần 10 năm qua' (duration locating the claim), Đề án 150, 'số 35 Trần Phú', hotline 1900.9036, năm 2015/2022/2030.",
    "'trên 50 năm' is a threshold describing the samples: optional.",
    "'bằng khoảng 0,4% số mộ chưa có tên' is the share of the 1.200 (percent attribute). '6 tháng đầu năm nay' = H1 2024 (published).",
    "'83 mẫu ... chiếm 7,2%' after 'trong đó' (whole 1.146 mẫu): total and percent. 'tăng 2,1 lần so với năm 2022' is the change",
    "of the 246 (unit lần). 'gấp gần 3 lần' standing alone is a multiple. Targets under 'Theo Đề án 150, đến năm 2030 sẽ': target.",
]

if __name__ == "__main__":
    emit("p587-6", TEXT, COMMENTS, FIGS, published="2024-07-22", location="Việt Nam")
