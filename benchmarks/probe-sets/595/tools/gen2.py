"""p595-2: huyện Cù Lao Dung (Sóc Trăng) district portal, Q1/2024 ferry safety checks."""
from lib import emit, fig, per, inh, chg

TEXT = """Cổng thông tin điện tử huyện Cù Lao Dung
Thứ Ba, 09/04/2024 - 10:15

Cù Lao Dung: Kiểm tra 68 lượt phương tiện chở khách ngang sông trong quý I

Quý I/2024, Phòng Kinh tế - Hạ tầng huyện phối hợp Công an huyện và UBND các xã tổ chức 12 đợt kiểm tra an toàn tại các bến đò, bến phà trên địa bàn. Qua kiểm tra 68 lượt phương tiện, phát hiện 9 phương tiện vi phạm, trong đó 5 trường hợp không đủ áo phao, 3 trường hợp người lái không có bằng, chứng chỉ chuyên môn và 1 trường hợp chở quá tải; xử phạt 27,5 triệu đồng.

Hiện huyện có 14 bến khách ngang sông, gồm 11 bến đò và 3 bến phà, đều đã được cấp phép. Trong quý, các bến vận chuyển khoảng 412.000 lượt khách, tăng 8,2% so với cùng kỳ, trong đó riêng bến phà Đại Ngãi - Cù Lao Dung chở gần 265.000 lượt khách, chiếm 64,3%.

Nhân dịp Tết Nguyên đán Giáp Thìn, Hội Chữ thập đỏ huyện trao tặng 300 áo phao cho 6 bến đò tại các xã An Thạnh 1, An Thạnh 2 và An Thạnh 3 với tổng trị giá 45 triệu đồng, bình quân 150.000 đồng/chiếc. Từ đầu năm đến nay, UBND huyện đã bố trí 1,2 tỷ đồng sửa chữa cầu dẫn tại 4 bến đò xuống cấp dọc Quốc lộ 60.

Trong quý I, trên địa bàn huyện không xảy ra tai nạn giao thông đường thủy. Năm 2024, huyện phấn đấu tỷ lệ hành khách mặc áo phao khi qua sông đạt từ 95 đến 100%, duy trì 14/14 bến đủ điều kiện an toàn. Mọi phản ánh xin gửi về Phòng Kinh tế - Hạ tầng, điện thoại 0299.3857.109.

Minh Khang - Trung tâm Văn hóa, Thể thao và Truyền thanh huyện
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
LOC = "Cù Lao Dung"

FIGS = [
    fig("Dung: Kiểm tra 68 lượt", "68", 68, "count", "lượt phương tiện",
        "lượt phương tiện chở khách ngang sông được kiểm tra",
        per("trong quý I", "2024-01-01", "2024-03-31")),
    fig("tổ chức 12 đợt", "12", 12, "count", "đợt", "đợt kiểm tra an toàn tại các bến đò, bến phà", Q1),
    fig("Qua kiểm tra 68 lượt", "68", 68, "count", "lượt phương tiện", "lượt phương tiện được kiểm tra", inh(Q1)),
    fig("phát hiện 9 phương tiện", "9", 9, "count", "phương tiện", "phương tiện vi phạm", inh(Q1)),
    fig("đó 5 trường hợp", "5", 5, "count", "trường hợp", "trường hợp không đủ áo phao", inh(Q1), total=9),
    fig("3 trường hợp người lái", "3", 3, "count", "trường hợp",
        "trường hợp người lái không có bằng, chứng chỉ chuyên môn", inh(Q1), total=9),
    fig("1 trường hợp chở", "1", 1, "count", "trường hợp", "trường hợp chở quá tải", inh(Q1), total=9),
    fig("xử phạt 27,5 triệu đồng", "27,5", 27500000, "money", "đồng", "tiền xử phạt", inh(Q1)),
    fig("có 14 bến", "14", 14, "count", "bến", "bến khách ngang sông"),
    fig("11 bến đò", "11", 11, "count", "bến đò", "bến đò", total=14),
    fig("3 bến phà", "3", 3, "count", "bến phà", "bến phà", total=14),
    fig("khoảng 412.000 lượt", "412.000", 412000, "count", "lượt khách", "lượt khách các bến vận chuyển",
        per("Trong quý", "2024-01-01", "2024-03-31"), approx="about",
        change=chg("increase", 8.2, baseline="cùng kỳ")),
    fig("gần 265.000 lượt", "265.000", 265000, "count", "lượt khách",
        "lượt khách bến phà Đại Ngãi - Cù Lao Dung chở", per("Trong quý", "2024-01-01", "2024-03-31"),
        approx="nearly", total=412000, percent=64.3),
    fig("tặng 300 áo phao", "300", 300, "count", "áo phao", "áo phao Hội Chữ thập đỏ huyện trao tặng"),
    fig("cho 6 bến đò", "6", 6, "count", "bến đò", "bến đò được trao tặng áo phao"),
    fig("trị giá 45 triệu đồng", "45", 45000000, "money", "đồng", "tổng trị giá áo phao trao tặng"),
    fig("150.000 đồng/chiếc", "150.000", 150000, "money", "đồng/chiếc", "trị giá bình quân áo phao"),
    fig("bố trí 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "kinh phí sửa chữa cầu dẫn bến đò",
        per("Từ đầu năm đến nay", "2024-01-01", "2024-04-09")),
    fig("tại 4 bến đò", "4", 4, "count", "bến đò", "bến đò xuống cấp được sửa chữa cầu dẫn",
        per("Từ đầu năm đến nay", "2024-01-01", "2024-04-09")),
    fig("từ 95 đến 100%", "95", 95, "percent", "%", "tỷ lệ hành khách mặc áo phao khi qua sông",
        per("Năm 2024", "2024-01-01", "2024-12-31"), value_max=100, status="target"),
    fig("14/14 bến", "14", 14, "count", "bến", "bến đủ điều kiện an toàn",
        per("Năm 2024", "2024-01-01", "2024-12-31"), total=14, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Cù Lao Dung (Sóc Trăng, invented): quý I/2024 ferry-crossing inspections, violations, passengers, life jackets.",
    "Dateline 'Thứ Ba, 09/04/2024 - 10:15'; byline at the end. Location = the district for every figure.",
    "'trong đó 5/3/1 trường hợp' are parts of 9 phương tiện vi phạm; '11 bến đò và 3 bến phà' after 'gồm' are parts of 14 bến;",
    "'gần 265.000 lượt khách, chiếm 64,3%' is a part of 412.000 (trong đó) with its share. 'Trong quý' = quý I/2024 (the lead).",
    "'Từ đầu năm đến nay' ends at the dateline. 'phấn đấu' → target for the range and 14/14.",
    "Distractors: commune names An Thạnh 1/2/3, Quốc lộ 60, phone 0299.3857.109, 'Tết Nguyên đán Giáp Thìn', dateline.",
]

if __name__ == "__main__":
    emit("p595-2", TEXT, COMMENTS, FIGS, published="2024-04-09", location=LOC)
