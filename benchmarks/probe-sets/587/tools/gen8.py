"""p587-8: xã Vũ Thắng (huyện Kiến Xương) commune portal — tri ân dịp 27/7, nghĩa trang xã, hài cốt về quê nhờ ADN."""
from lib import emit, fig, per, inh, ch

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ VŨ THẮNG - HUYỆN KIẾN XƯƠNG
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội

Xã Vũ Thắng tri ân các anh hùng liệt sĩ nhân kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ
Ngày đăng: 29/07/2024 | Tác giả: Ban Văn hóa - Xã hội

Trong tháng 7, UBND xã đã phối hợp với Mặt trận và các đoàn thể tổ chức thăm hỏi, tặng 214 suất quà cho người có công và thân nhân liệt sĩ, tổng trị giá hơn 96 triệu đồng. Trong đó, quà của Chủ tịch nước 187 suất, quà của tỉnh, huyện và xã 27 suất.

Toàn xã hiện có 152 liệt sĩ, 3 Mẹ Việt Nam anh hùng, 46 thương binh, bệnh binh; 61 người đang hưởng trợ cấp ưu đãi hằng tháng với tổng số tiền khoảng 185 triệu đồng/tháng. Việc chi trả trợ cấp được thực hiện đầy đủ, kịp thời, đạt 100%.

Nghĩa trang liệt sĩ xã nằm cạnh Đường tỉnh 458, rộng 2.400 m2, hiện có 118 mộ liệt sĩ. Tháng 5/2024, xã hoàn thành nâng cấp nghĩa trang với tổng kinh phí 1,35 tỷ đồng, trong đó ngân sách huyện hỗ trợ 800 triệu đồng, con em quê hương và nhân dân đóng góp 550 triệu đồng.

Đặc biệt, nhờ kết quả giám định ADN, ngày 12/7 vừa qua, gia đình liệt sĩ Phạm Văn Tư (thôn 3) đã đón hài cốt ông về an táng tại quê nhà sau 52 năm nằm lại chiến trường Quảng Trị. Hiện xã còn 27 liệt sĩ chưa tìm được phần mộ, chiếm 17,8% tổng số liệt sĩ; 19 thân nhân đã được lấy mẫu sinh phẩm gửi Ngân hàng gen.

Với những kết quả trên, năm 2023 xã được xếp thứ 3/33 xã, thị trấn của huyện về công tác đền ơn đáp nghĩa.

UBND xã Vũ Thắng - Điện thoại: 0227.3818.256 - Email: vuthang.kx@thaibinh.gov.vn
"""

PT7 = per("Trong tháng 7", "2024-07-01", "2024-07-31")
PT5 = per("Tháng 5/2024", "2024-05-01", "2024-05-31")
FIGS = [
    fig("tặng 214 suất", "214", 214, "count", "suất quà", "suất quà tặng người có công và thân nhân liệt sĩ", PT7),
    fig("hơn 96 triệu đồng", "96", 96e6, "money", "đồng", "tổng trị giá quà", PT7, approx="over"),
    fig("Chủ tịch nước 187 suất", "187", 187, "count", "suất", "quà của Chủ tịch nước", inh(PT7), total=214),
    fig("xã 27 suất", "27", 27, "count", "suất", "quà của tỉnh, huyện và xã", inh(PT7), total=214),
    fig("có 152 liệt sĩ", "152", 152, "count", "liệt sĩ", "liệt sĩ"),
    fig("3 Mẹ", "3", 3, "count", "Mẹ Việt Nam anh hùng", "Mẹ Việt Nam anh hùng"),
    fig("46 thương binh", "46", 46, "count", "thương binh", "thương binh, bệnh binh"),
    fig("61 người", "61", 61, "count", "người", "người đang hưởng trợ cấp ưu đãi hằng tháng"),
    fig("khoảng 185 triệu đồng/tháng", "185", 185e6, "money", "đồng/tháng", "tổng số tiền trợ cấp ưu đãi hằng tháng",
        approx="about"),
    fig("đạt 100%", "100", 100, "percent", "%", "chi trả trợ cấp đầy đủ, kịp thời"),
    fig("rộng 2.400 m2", "2.400", 2400, "measure", "m2", "diện tích nghĩa trang liệt sĩ xã"),
    fig("có 118 mộ", "118", 118, "count", "mộ", "mộ liệt sĩ"),
    fig("kinh phí 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", "tổng kinh phí nâng cấp nghĩa trang", PT5),
    fig("hỗ trợ 800 triệu đồng", "800", 800e6, "money", "đồng", "ngân sách huyện hỗ trợ nâng cấp nghĩa trang", PT5,
        total=1.35e9),
    fig("đóng góp 550 triệu đồng", "550", 550e6, "money", "đồng", "con em quê hương và nhân dân đóng góp", PT5,
        total=1.35e9),
    fig("sau 52 năm", "52", 52, "measure", "năm", "thời gian hài cốt liệt sĩ nằm lại chiến trường", optional=True),
    fig("còn 27 liệt sĩ", "27", 27, "count", "liệt sĩ", "liệt sĩ chưa tìm được phần mộ", percent=17.8),
    fig("19 thân nhân", "19", 19, "count", "thân nhân", "thân nhân được lấy mẫu sinh phẩm gửi Ngân hàng gen"),
    fig("thứ 3/33", "3", 3, "rank", "hạng", "công tác đền ơn đáp nghĩa", per("năm 2023", "2023-01-01", "2023-12-31"),
        total=33),
]

COMMENTS = [
    "Cổng TTĐT xã Vũ Thắng, huyện Kiến Xương (Thái Bình): tri ân dịp 27/7/2024, nghĩa trang liệt sĩ xã, hài cốt về quê nhờ ADN.",
    "Commune portal: breadcrumb, 'Ngày đăng: 29/07/2024 | Tác giả: ...'. Location: the district named in the header (Kiến Xương).",
    "revised: location was the commune 'Vũ Thắng'; FIGURES.md names only province, city or district, so the commune's district.",
    "Not figures: '77 năm Ngày Thương binh - Liệt sĩ' (anniversary name), Đường tỉnh 458, 'thôn 3', ngày 12/7, phone, e-mail.",
    "'sau 52 năm' (time the remains lay on the battlefield) is optional. 'Trong tháng 7' takes 2024 from the dateline.",
    "187 + 27 = 214 after 'Trong đó' across a sentence break: total 214. 800 + 550 = 1.350 triệu: total 1,35 tỷ.",
    "'27 liệt sĩ ... chiếm 17,8% tổng số liệt sĩ': percent only (the whole is not restated). 'thứ 3/33': rank, total 33.",
]

if __name__ == "__main__":
    emit("p587-8", TEXT, COMMENTS, FIGS, published="2024-07-29", location="Kiến Xương")
