from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH LIÊM
Trang chủ | Tin tức - Sự kiện | Văn hóa - Thể thao

Sôi nổi Hội vật võ truyền thống Liễu Đôi năm 2024
Thứ Ba, 20/02/2024 - 16:05

Từ ngày 14 đến 17/2 (tức mùng 5 đến mùng 8 tháng Giêng), tại xã Liêm Túc, UBND huyện phối hợp với UBND xã tổ chức Lễ hội vật võ truyền thống Liễu Đôi năm 2024.

Năm nay, hội vật thu hút 86 đô vật đến từ 11 đoàn của Hà Nội, Hà Nam, Nam Định, Ninh Bình, Bắc Ninh…, tăng 14 đô vật so với năm 2023. Trong đó, đoàn chủ nhà Hà Nam có 24 đô vật, đông nhất hội. Các đô vật thi đấu ở 6 hạng cân, từ 45 kg đến 75 kg.

Bên cạnh vật, lễ hội có 42 võ sinh biểu diễn võ cổ truyền, thi vật cầu, múa gậy; ước tính thu hút khoảng 15.000 lượt khách, gấp 1,5 lần năm trước.

Kết quả, đô vật Trần Văn Tư (Hà Nội) giành giải Nhất hạng 57 kg và nhận thưởng 5 triệu đồng; giải Nhì và giải Ba lần lượt được thưởng 3 triệu đồng và 2 triệu đồng. Tổng giá trị giải thưởng năm nay là 68 triệu đồng, trong đó huyện hỗ trợ 40 triệu đồng, phần còn lại do xã vận động xã hội hóa.

Theo ông Lê Văn Sáu, Chủ tịch UBND xã Liêm Túc, xã hiện có 3 lò vật với khoảng 120 đô vật, trong đó 35 đô vật nữ. Cụ Nguyễn Văn Nhất, 84 tuổi, là đô vật cao niên nhất còn tham gia huấn luyện. Năm 2024, xã phấn đấu thành lập thêm 1 câu lạc bộ vật nữ và đưa môn vật vào 2 trường tiểu học, THCS trên địa bàn.

Lễ hội vật võ Liễu Đôi được công nhận là Di sản văn hóa phi vật thể quốc gia theo Quyết định số 4286/QĐ-BVHTTDL năm 2016.

Bản quyền thuộc UBND huyện Thanh Liêm. Địa chỉ: thị trấn Tân Thanh, huyện Thanh Liêm, tỉnh Hà Nam. Điện thoại: 0226.3881.215
"""

ny = P("Năm nay", "2024-01-01", "2024-12-31")
ny2 = P("năm nay", "2024-01-01", "2024-12-31")
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("thu hút 86 đô vật", "86", 86, "count", "đô vật", "đô vật tham gia hội vật Liễu Đôi", ny,
      change=C("increase", 14, "đô vật", "năm 2023")),
    F("từ 11 đoàn", "11", 11, "count", "đoàn", "đoàn tham gia hội vật", ny),
    F("Hà Nam có 24 đô vật", "24", 24, "count", "đô vật", "đô vật đoàn chủ nhà", I(ny), total=86, location="Hà Nam"),
    F("ở 6 hạng cân", "6", 6, "count", "hạng cân", "hạng cân thi đấu", I(ny)),
    F("từ 45 kg", "45", 45, "measure", "kg", "hạng cân thi đấu", value_max=75, optional=True),
    F("có 42 võ sinh", "42", 42, "count", "võ sinh", "võ sinh biểu diễn võ cổ truyền, thi vật cầu, múa gậy", I(ny)),
    F("khoảng 15.000 lượt khách", "15.000", 15000, "count", "lượt khách", "lượt khách đến lễ hội", I(ny),
      approx="about", status="estimate", change=C("increase", 1.5, "lần", "năm trước")),
    F("hạng 57 kg", "57", 57, "measure", "kg", "hạng cân", optional=True),
    F("nhận thưởng 5 triệu đồng", "5", 5000000, "money", "đồng", "tiền thưởng giải Nhất", I(ny)),
    F("thưởng 3 triệu đồng", "3", 3000000, "money", "đồng", "tiền thưởng giải Nhì", I(ny)),
    F("và 2 triệu đồng", "2", 2000000, "money", "đồng", "tiền thưởng giải Ba", I(ny)),
    F("là 68 triệu đồng", "68", 68000000, "money", "đồng", "tổng giá trị giải thưởng", ny2),
    F("hỗ trợ 40 triệu đồng", "40", 40000000, "money", "đồng", "giải thưởng huyện hỗ trợ", ny2, total=68000000),
    F("có 3 lò vật", "3", 3, "count", "lò vật", "lò vật của xã Liêm Túc"),
    F("khoảng 120 đô vật", "120", 120, "count", "đô vật", "đô vật của xã Liêm Túc", approx="about"),
    F("35 đô vật nữ", "35", 35, "count", "đô vật", "đô vật nữ", total=120),
    F("84 tuổi", "84", 84, "measure", "tuổi", "tuổi đô vật cao niên nhất", optional=True),
    F("thêm 1 câu lạc bộ", "1", 1, "count", "câu lạc bộ", "câu lạc bộ vật nữ thành lập thêm", y24, status="target"),
    F("vào 2 trường", "2", 2, "count", "trường", "trường tiểu học, THCS đưa môn vật vào", y24, status="target"),
]

NOTES = [
    "District portal of Thanh Liêm (Hà Nam), 'Thứ Ba, 20/02/2024 - 16:05': Lễ hội vật võ Liễu Đôi (xã Liêm Túc).",
    "Distractors: dates 14-17/2 and 'mùng 5 đến mùng 8 tháng Giêng', names Trần Văn Tư / Lê Văn Sáu / Nguyễn Văn Nhất,",
    "'giải Nhất/Nhì/Ba' (prize names), Quyết định số 4286/QĐ-BVHTTDL, năm 2016, phone 0226.3881.215, address.",
    "Weight classes ('từ 45 kg đến 75 kg', 'hạng 57 kg') and the age '84 tuổi' describe categories/a person: optional.",
    "'Năm nay' = 2024 (dateline). 24 đô vật after 'Trong đó' (next sentence) is part of the 86; its place is the Hà Nam team.",
    "'gấp 1,5 lần năm trước' right after 15.000 lượt khách is its change (unit lần), not a multiple figure.",
    "'ước tính ... khoảng' gives status estimate and approx about. Commune figures take the district (Thanh Liêm) as location.",
]

write(2, TEXT, NOTES, FIGS, published="2024-02-20", location="Thanh Liêm")
