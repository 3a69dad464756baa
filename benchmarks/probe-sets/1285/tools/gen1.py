"""p1285-1: province portal (Thanh Hóa): interagency food-safety checks on moon-cake makers and sellers, Trung thu 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức > Y tế - Sức khỏe

Phát hiện 87 cơ sở vi phạm an toàn thực phẩm dịp Tết Trung thu

Cập nhật: 23/09/2024 08:45 | Lượt xem: 1.532

Từ ngày 15/8 đến ngày 15/9/2024, các đoàn kiểm tra liên ngành về an toàn thực phẩm của tỉnh và 26 huyện, thị xã, thành phố đã kiểm tra 1.245 cơ sở sản xuất, kinh doanh bánh trung thu, kẹo, nguyên liệu làm bánh, tăng 12,4% so với cùng kỳ năm 2023. Trong đó có 138 cơ sở sản xuất bánh trung thu và 1.107 cơ sở kinh doanh.

Qua kiểm tra, phát hiện 87 cơ sở vi phạm, chiếm 7% số cơ sở được kiểm tra; xử phạt vi phạm hành chính 64 cơ sở với tổng số tiền hơn 215 triệu đồng, nhắc nhở 23 cơ sở. Các lỗi chủ yếu là không có giấy chứng nhận cơ sở đủ điều kiện, nhân viên chưa khám sức khỏe, bánh không ghi nhãn, không rõ nguồn gốc.

Lực lượng chức năng buộc tiêu hủy gần 1.300 chiếc bánh trung thu (khoảng 420 kg) và 85 kg nhân bánh quá hạn sử dụng. Các đoàn lấy 156 mẫu xét nghiệm nhanh hàn the, phẩm màu, trong đó 4 mẫu không đạt.

Tại TP Thanh Hóa, đoàn kiểm tra của thành phố phát hiện một cơ sở ở phường Đông Hương sản xuất khoảng 2.000 chiếc bánh nướng, bánh dẻo mỗi ngày nhưng chưa có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm; cơ sở bị phạt 25 triệu đồng theo Nghị định số 115/2018/NĐ-CP.

Chi cục An toàn vệ sinh thực phẩm tỉnh khuyến cáo người dân mua bánh tại cơ sở có địa chỉ rõ ràng, phản ánh vi phạm qua đường dây nóng 0237.3852.419.

Tin liên quan:
- Thanh Hóa: 9 tháng năm 2024 không xảy ra ngộ độc thực phẩm đông người
- Hội nghị triển khai Tháng hành động vì an toàn thực phẩm năm 2024
"""

CAMP = per("Từ ngày 15/8 đến ngày 15/9/2024", "2024-08-15", "2024-09-15")

FIGS = [
    fig("Phát hiện 87 cơ sở", "87", 87, "count", "cơ sở",
        subject="cơ sở vi phạm an toàn thực phẩm"),
    fig("và 26 huyện", "26", 26, "count", "huyện, thị xã, thành phố",
        subject="huyện, thị xã, thành phố có đoàn kiểm tra liên ngành về an toàn thực phẩm", period=CAMP),
    fig("kiểm tra 1.245 cơ sở", "1.245", 1245, "count", "cơ sở",
        change=chg("increase", 12.4, "%", "cùng kỳ năm 2023"),
        subject="cơ sở sản xuất, kinh doanh bánh trung thu, kẹo, nguyên liệu làm bánh được kiểm tra", period=CAMP),
    fig("có 138 cơ sở", "138", 138, "count", "cơ sở", total=1245,
        subject="cơ sở sản xuất bánh trung thu", period=inh(CAMP)),
    fig("và 1.107 cơ sở", "1.107", 1107, "count", "cơ sở", total=1245,
        subject="cơ sở kinh doanh", period=inh(CAMP)),
    fig("phát hiện 87 cơ sở", "87", 87, "count", "cơ sở", percent=7,
        subject="cơ sở vi phạm", period=inh(CAMP)),
    fig("chính 64 cơ sở", "64", 64, "count", "cơ sở",
        subject="cơ sở bị xử phạt vi phạm hành chính", period=inh(CAMP)),
    fig("hơn 215 triệu", "215", 215e6, "money", "đồng", approx="over",
        subject="tổng số tiền xử phạt vi phạm hành chính", period=inh(CAMP)),
    fig("nhắc nhở 23 cơ sở", "23", 23, "count", "cơ sở",
        subject="cơ sở bị nhắc nhở", period=inh(CAMP)),
    fig("gần 1.300 chiếc", "1.300", 1300, "count", "chiếc", approx="nearly",
        subject="bánh trung thu buộc tiêu hủy", period=inh(CAMP)),
    fig("khoảng 420 kg", "420", 420, "measure", "kg", approx="about",
        subject="khối lượng bánh trung thu buộc tiêu hủy", period=inh(CAMP)),
    fig("và 85 kg", "85", 85, "measure", "kg",
        subject="nhân bánh quá hạn sử dụng buộc tiêu hủy", period=inh(CAMP)),
    fig("lấy 156 mẫu", "156", 156, "count", "mẫu",
        subject="mẫu xét nghiệm nhanh hàn the, phẩm màu", period=inh(CAMP)),
    fig("4 mẫu không đạt", "4", 4, "count", "mẫu", total=156,
        subject="mẫu xét nghiệm nhanh không đạt", period=inh(CAMP)),
    fig("phát hiện một cơ sở", "một", 1, "count", "cơ sở",
        subject="cơ sở sản xuất bánh chưa có giấy chứng nhận", optional=True),
    fig("khoảng 2.000 chiếc", "2.000", 2000, "measure", "chiếc/ngày", approx="about",
        subject="bánh nướng, bánh dẻo cơ sở sản xuất mỗi ngày"),
    fig("phạt 25 triệu", "25", 25e6, "money", "đồng",
        subject="tiền phạt cơ sở sản xuất bánh chưa có giấy chứng nhận", period=inh(CAMP)),
]

NOTES = [
    "Province portal (Thanh Hóa): food-safety checks on moon-cake makers and sellers, Trung thu 2024.",
    "Breadcrumb, 'Cập nhật: 23/09/2024 08:45 | Lượt xem: 1.532', related links (published 2024-09-23).",
    "Distractors: 08:45, Lượt xem 1.532, Nghị định số 115/2018/NĐ-CP, hotline 0237.3852.419, 'phường Đông Hương',",
    "'9 tháng năm 2024' and 'năm 2024' in related-link titles.",
    "Headline '87 cơ sở' is its own figure (no period in the headline).",
    "'Trong đó có 138 ... và 1.107 ...' after a sentence break: parts of 1.245 (they add up); period inherited.",
    "'chiếm 7% số cơ sở được kiểm tra' is the percent attribute of 87 (no 'trên tổng số' cue, so no total).",
    "64 + 23 = 87 but no part-of cue stands between them: no total. '(khoảng 420 kg)' is the weight of the same",
    "cakes, a measure figure of its own. '156 mẫu ..., trong đó 4 mẫu không đạt' → total 156.",
    "'phát hiện một cơ sở' reads as 'a facility' (indefinite): optional. '2.000 chiếc ... mỗi ngày' is a rate",
    "(chiếc/ngày), standing capacity, no period. All figures are in Thanh Hóa (TP Thanh Hóa = same name).",
]

if __name__ == "__main__":
    write("p1285-1", TEXT, NOTES, FIGS, published="2024-09-23", location="Thanh Hóa")
