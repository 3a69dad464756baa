"""p1351-2: district portal (huyện Yên Thành, Nghệ An): school model against child abuse, counselling, cases, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH - TỈNH NGHỆ AN
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội

Yên Thành nhân rộng mô hình trường học phòng, chống xâm hại trẻ em

14/11/2024 - 08:30

Từ tháng 9/2023 đến nay, Phòng Giáo dục và Đào tạo phối hợp với Phòng Lao động - Thương binh và Xã hội huyện đã triển khai mô hình tại 38 trường tiểu học và trung học cơ sở, tăng 12 trường so với năm học trước. Hơn 21.000 học sinh được tham gia các buổi ngoại khóa về kỹ năng tự bảo vệ, đạt 92% số học sinh của các trường tham gia mô hình.

Mỗi trường thành lập một tổ tư vấn tâm lý gồm từ 3 đến 5 thành viên là giáo viên, nhân viên y tế học đường và cán bộ Đoàn, Đội. Các tổ đã tư vấn trực tiếp cho 1.146 học sinh, trong đó 27 học sinh được chuyển tới cơ quan chuyên môn để can thiệp sâu.

Huyện cũng tổ chức ba chục buổi truyền thông tại cộng đồng, thu hút gần 4.500 lượt phụ huynh tham dự. Xã Công Thành và xã Bắc Thành được chọn làm điểm xây dựng mô hình "Ngôi nhà an toàn" với kinh phí 120 triệu đồng mỗi xã.

Theo Công an huyện, 10 tháng năm 2024, trên địa bàn xảy ra 3 vụ xâm hại trẻ em, giảm 2 vụ so với cùng kỳ năm 2023; cơ quan điều tra đã khởi tố 3 vụ với 4 bị can.

Mục tiêu đến năm 2025, 100% trường học trên địa bàn huyện triển khai mô hình; tỷ lệ trẻ em có hoàn cảnh đặc biệt được hỗ trợ, can thiệp đạt trên 95%.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Yên Thành: Khai giảng lớp bồi dưỡng kỹ năng cho cộng tác viên trẻ em
- Hội nghị giao ban công tác dân số quý III/2024

UBND huyện Yên Thành - Địa chỉ: Khối 3, thị trấn Hoa Thành, huyện Yên Thành, tỉnh Nghệ An
Điện thoại: 0238.3863.226
"""

SINCE = per("Từ tháng 9/2023 đến nay", "2023-09-01", "2024-11-14")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
T2025 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("tại 38 trường", "38", 38, "count", "trường", change=chg("increase", 12, "trường", "năm học trước"),
        subject="trường tiểu học và trung học cơ sở triển khai mô hình", period=SINCE),
    fig("Hơn 21.000 học sinh", "21.000", 21000, "count", "học sinh", approx="over", percent=92,
        subject="học sinh được tham gia các buổi ngoại khóa về kỹ năng tự bảo vệ", period=inh(SINCE)),
    fig("một tổ tư vấn", "một", 1, "count", "tổ tư vấn tâm lý", subject="tổ tư vấn tâm lý mỗi trường thành lập",
        optional=True),
    fig("từ 3 đến 5", "3", 3, "count", "thành viên", value_max=5, subject="thành viên tổ tư vấn tâm lý"),
    fig("cho 1.146 học sinh", "1.146", 1146, "count", "học sinh", subject="học sinh được tư vấn trực tiếp"),
    fig("27 học sinh", "27", 27, "count", "học sinh", total=1146,
        subject="học sinh được chuyển tới cơ quan chuyên môn để can thiệp sâu"),
    fig("ba chục buổi", "ba chục", 30, "count", "buổi truyền thông", subject="buổi truyền thông tại cộng đồng"),
    fig("gần 4.500 lượt", "4.500", 4500, "count", "lượt phụ huynh", approx="nearly",
        subject="lượt phụ huynh tham dự các buổi truyền thông"),
    fig("120 triệu đồng mỗi xã", "120", 120e6, "money", "đồng/xã",
        subject="kinh phí xây dựng mô hình Ngôi nhà an toàn"),
    fig("xảy ra 3 vụ", "3", 3, "count", "vụ", change=chg("decrease", 2, "vụ", "cùng kỳ năm 2023"),
        subject="vụ xâm hại trẻ em", period=M10),
    fig("khởi tố 3 vụ", "3", 3, "count", "vụ", subject="vụ cơ quan điều tra đã khởi tố", period=M10),
    fig("4 bị can", "4", 4, "count", "bị can", subject="bị can bị khởi tố", period=M10),
    fig("100% trường học", "100", 100, "percent", "%", status="target",
        subject="trường học trên địa bàn huyện triển khai mô hình", period=T2025),
    fig("trên 95%", "95", 95, "percent", "%", approx="over", status="target",
        subject="tỷ lệ trẻ em có hoàn cảnh đặc biệt được hỗ trợ, can thiệp", period=T2025),
]

NOTES = [
    "District portal (huyện Yên Thành, Nghệ An): banner naming the district, breadcrumb, '14/11/2024 - 08:30' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Distractors: 08:30, 'quý III/2024' in a link, 'Khối 3', phone 0238.3863.226, 'Ngôi nhà an toàn' (quoted name).",
    "'Từ tháng 9/2023 đến nay' ends at the dateline 2024-11-14. 'tăng 12 trường so với năm học trước' → change in trường.",
    "'Mỗi trường thành lập một tổ' is optional (one per school: a structure, not a result). 'từ 3 đến 5 thành viên' → range.",
    "'trong đó 27 học sinh' after 1.146 học sinh → total. 'ba chục buổi' = 30 (number words). '120 triệu đồng mỗi xã' → unit đồng/xã.",
    "Communes are not a location field value: the passage stays in the district (Yên Thành).",
    "'10 tháng năm 2024' governs the whole sentence (3 vụ, khởi tố 3 vụ, 4 bị can). 'Mục tiêu đến năm 2025' → both figures target.",
]

if __name__ == "__main__":
    write("p1351-2", TEXT, NOTES, FIGS, published="2024-11-14", location="Yên Thành")
