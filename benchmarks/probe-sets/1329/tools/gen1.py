"""p1329-1: province portal (An Giang): Đông Xuân harvest, fresh-paddy prices paid by traders, linkage contracts."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Thu hoạch hơn 60% diện tích lúa Đông Xuân, giá lúa tươi giảm nhẹ

Cập nhật: 14/03/2025 09:35 | Lượt xem: 1.864

Theo Sở Nông nghiệp và Môi trường tỉnh An Giang, vụ lúa Đông Xuân 2024-2025 toàn tỉnh xuống giống 232.450 ha, đến nay đã thu hoạch hơn 141.000 ha, năng suất bình quân ước đạt 7,25 tấn/ha, cao hơn 0,12 tấn/ha so với vụ Đông Xuân năm trước.

Hiện thương lái đang thu mua lúa tươi tại ruộng với giá từ 6.200 đến 6.500 đồng/kg đối với lúa IR 50404 và OM 5451; lúa Đài thơm 8, OM 18 từ 7.000-7.300 đồng/kg, giảm khoảng 200 đồng/kg so với tuần trước. Riêng lúa Nàng Hoa 9 được mua 7.600 đồng/kg. Với giá bán này, sau khi trừ chi phí, nông dân lãi từ 22 đến 28 triệu đồng/ha.

Toàn tỉnh hiện có 86 hợp tác xã và 14 doanh nghiệp tham gia liên kết tiêu thụ lúa với nông dân, diện tích ký hợp đồng bao tiêu đạt 48.600 ha, chiếm 20,9% diện tích xuống giống. Tại huyện Thoại Sơn, Công ty TNHH Lương thực Phú Hưng ký hợp đồng thu mua 5.200 ha, trong đó 3.100 ha lúa chất lượng cao theo tiêu chuẩn SRP; giá thu mua cao hơn giá thị trường 300 đồng/kg.

Sở đề nghị các địa phương hỗ trợ thương lái, doanh nghiệp thu mua kịp thời; phấn đấu năm 2025 sản lượng lúa toàn tỉnh đạt trên 4,1 triệu tấn, diện tích lúa chất lượng cao chiếm ít nhất 85%.

Tin liên quan:
- An Giang: Tổng kết vụ lúa Hè Thu 2024
- Ra mắt Hợp tác xã Nông nghiệp Tân Tiến 2 tại xã Vĩnh Chánh
"""

Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
TS = "Thoại Sơn"

FIGS = [
    fig("hơn 60% diện tích", "60", 60, "percent", "%", approx="over",
        subject="diện tích lúa Đông Xuân thu hoạch"),
    fig("xuống giống 232.450 ha", "232.450", 232450, "measure", "ha",
        subject="diện tích lúa Đông Xuân 2024-2025 xuống giống"),
    fig("hơn 141.000 ha", "141.000", 141000, "measure", "ha", approx="over",
        subject="diện tích lúa Đông Xuân đã thu hoạch"),
    fig("ước đạt 7,25 tấn/ha", "7,25", 7.25, "measure", "tấn/ha", status="estimate",
        change=chg("increase", 0.12, "tấn/ha", "vụ Đông Xuân năm trước"),
        subject="năng suất bình quân lúa Đông Xuân"),
    fig("từ 6.200 đến 6.500", "6.200", 6200, "money", "đồng/kg", value_max=6500,
        subject="giá lúa tươi tại ruộng IR 50404 và OM 5451 thương lái thu mua"),
    fig("từ 7.000-7.300", "7.000", 7000, "money", "đồng/kg", value_max=7300,
        change=chg("decrease", 200, "đồng/kg", "tuần trước", approx="about"),
        subject="giá lúa tươi Đài thơm 8, OM 18 thương lái thu mua"),
    fig("mua 7.600 đồng/kg", "7.600", 7600, "money", "đồng/kg",
        subject="giá lúa Nàng Hoa 9 được mua"),
    fig("từ 22 đến 28 triệu", "22", 22e6, "money", "đồng/ha", value_max=28e6,
        subject="lãi của nông dân sau khi trừ chi phí"),
    fig("có 86 hợp tác xã", "86", 86, "count", "hợp tác xã",
        subject="hợp tác xã tham gia liên kết tiêu thụ lúa với nông dân"),
    fig("và 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp tham gia liên kết tiêu thụ lúa với nông dân"),
    fig("đạt 48.600 ha", "48.600", 48600, "measure", "ha", percent=20.9,
        subject="diện tích ký hợp đồng bao tiêu"),
    fig("thu mua 5.200 ha", "5.200", 5200, "measure", "ha",
        subject="diện tích Công ty TNHH Lương thực Phú Hưng ký hợp đồng thu mua", location=TS),
    fig("đó 3.100 ha", "3.100", 3100, "measure", "ha", total=5200,
        subject="diện tích lúa chất lượng cao theo tiêu chuẩn SRP ký hợp đồng thu mua", location=TS),
    fig("thị trường 300 đồng/kg", "300", 300, "money", "đồng/kg",
        subject="giá thu mua cao hơn giá thị trường", location=TS),
    fig("trên 4,1 triệu tấn", "4,1", 4.1e6, "measure", "tấn", approx="over", status="target",
        subject="sản lượng lúa toàn tỉnh", period=Y25),
    fig("ít nhất 85%", "85", 85, "percent", "%", approx="at_least", status="target",
        subject="diện tích lúa chất lượng cao", period=Y25),
]

NOTES = [
    "Province portal (An Giang): Đông Xuân 2024-2025 harvest, fresh paddy prices paid by traders, linkage contracts.",
    "Breadcrumb, 'Cập nhật: 14/03/2025 09:35 | Lượt xem: 1.864', related links.",
    "Distractors: 09:35, Lượt xem 1.864, variety names IR 50404, OM 5451, Đài thơm 8, OM 18, Nàng Hoa 9, 'vụ Đông Xuân 2024-2025',",
    "'vụ lúa Hè Thu 2024' and 'Tân Tiến 2' in links.",
    "A cropping season (vụ Đông Xuân 2024-2025) is not a calendar period: it goes into the subject, the figure gets no period.",
    "'đến nay' without 'từ ...' gives no period. No cue ('trong số', '/') ties 141.000 ha to 232.450 ha: no total.",
    "'giá thu mua cao hơn giá thị trường 300 đồng/kg': no base price is stated, so the gap is a money figure of its own.",
    "'phấn đấu' governs both clauses after it (target), 'năm 2025' stated in the same sentence.",
]

if __name__ == "__main__":
    write("p1329-1", TEXT, NOTES, FIGS, published="2025-03-14", location="An Giang")
