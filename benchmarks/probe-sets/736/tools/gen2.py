"""p736-2: district portal, huyện Đức Hòa (Long An), Tết Ất Tỵ 2025: vé xe, quà Tết, thưởng, chậm trả lương."""
from lib import fig, emit, year, asof, period, inh, change

TEXT = """Cổng thông tin điện tử huyện Đức Hòa - tỉnh Long An
Tin tức - Sự kiện » Lao động - Xã hội
Thứ Năm, 09/01/2025 - 10:15

Đức Hòa: Gần 2.000 công nhân được hỗ trợ vé xe về quê đón Tết

Ngày 08/01/2025, Liên đoàn Lao động huyện phối hợp với Ban Quản lý các khu công nghiệp tổ chức chương trình "Tết sum vầy - Xuân Ất Tỵ 2025" cho đoàn viên, công nhân lao động. Năm nay, chương trình trao 1.950 vé xe cho công nhân có hoàn cảnh khó khăn về quê đón Tết, tăng 350 vé so với năm 2024; trong đó 1.200 vé do công đoàn cấp trên hỗ trợ, 750 vé do doanh nghiệp đóng góp. Các chuyến xe xuất phát từ Khu công nghiệp Đức Hòa 1 đi Thanh Hóa, Nghệ An, Hà Tĩnh và Quảng Bình.

Bên cạnh đó, công đoàn cơ sở trao 3.600 suất quà Tết, mỗi suất trị giá 800.000 đồng, tổng kinh phí gần 2,9 tỷ đồng.

Theo khảo sát của Liên đoàn Lao động huyện tại 128 doanh nghiệp, mức thưởng Tết bình quân năm nay khoảng 5,8 triệu đồng/người, tăng 0,6 triệu đồng so với năm trước. Mức thưởng cao nhất là 120 triệu đồng/người, thấp nhất 1 triệu đồng/người. Khoảng 15-20% lao động chỉ nhận quà hoặc tiền thưởng dưới 2 triệu đồng.

Tính đến ngày 06/01/2025, trên địa bàn huyện còn 3 doanh nghiệp chậm trả lương với số tiền 1,75 tỷ đồng cho 412 lao động. UBND huyện yêu cầu các doanh nghiệp thanh toán dứt điểm trước ngày 21 tháng Chạp.

Đường dây nóng Liên đoàn Lao động huyện: 0272.3850.214
"""

NAM_NAY = year(2025, "Năm nay")
NAM_NAY2 = year(2025, "năm nay")
ASOF = asof("Tính đến ngày 06/01/2025", "2025-01-06")

FIGS = [
    fig("Gần 2.000 công nhân", "2.000", 2000, "count", "công nhân",
        "công nhân được hỗ trợ vé xe về quê đón Tết", approx="nearly"),
    fig("trao 1.950 vé xe", "1.950", 1950, "count", "vé xe",
        "vé xe cho công nhân có hoàn cảnh khó khăn về quê đón Tết", NAM_NAY,
        change=change("increase", 350, unit="vé", baseline="năm 2024")),
    fig("trong đó 1.200 vé", "1.200", 1200, "count", "vé", "vé xe do công đoàn cấp trên hỗ trợ", NAM_NAY,
        total=1950),
    fig("750 vé do", "750", 750, "count", "vé", "vé xe do doanh nghiệp đóng góp", NAM_NAY, total=1950),
    fig("trao 3.600 suất", "3.600", 3600, "count", "suất quà Tết", "suất quà Tết công đoàn cơ sở trao"),
    fig("trị giá 800.000 đồng", "800.000", 800000, "money", "đồng", "giá trị mỗi suất quà Tết"),
    fig("gần 2,9 tỷ đồng", "2,9", 2.9e9, "money", "đồng", "tổng kinh phí quà Tết", approx="nearly"),
    fig("tại 128 doanh nghiệp", "128", 128, "count", "doanh nghiệp", "doanh nghiệp được khảo sát"),
    fig("khoảng 5,8 triệu", "5,8", 5.8e6, "money", "đồng/người", "mức thưởng Tết bình quân", NAM_NAY2,
        approx="about", change=change("increase", 600000, unit="đồng", baseline="năm trước")),
    fig("là 120 triệu", "120", 120e6, "money", "đồng/người", "mức thưởng Tết cao nhất", inh(NAM_NAY2)),
    fig("thấp nhất 1 triệu", "1", 1e6, "money", "đồng/người", "mức thưởng Tết thấp nhất", inh(NAM_NAY2)),
    fig("Khoảng 15-20%", "15", 15, "percent", "%", "lao động chỉ nhận quà hoặc tiền thưởng dưới 2 triệu đồng",
        value_max=20, approx="about"),
    fig("dưới 2 triệu đồng", "2", 2e6, "money", "đồng", "tiền thưởng", approx="under", optional=True),
    fig("còn 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp chậm trả lương", ASOF),
    fig("số tiền 1,75 tỷ", "1,75", 1.75e9, "money", "đồng", "số tiền lương chậm trả", ASOF),
    fig("cho 412 lao động", "412", 412, "count", "lao động", "lao động bị chậm trả lương", ASOF),
]

COMMENTS = [
    "Cổng TTĐT huyện Đức Hòa (Long An): chương trình Tết sum vầy 2025, vé xe, quà Tết, thưởng Tết, doanh nghiệp chậm trả lương.",
    "District portal: location Đức Hòa. 'Năm nay' = the dateline's year 2025 (cf. 'tháng Một năm nay' in FIGURES.md).",
    "'trong đó 1.200 vé …, 750 vé …' are parts of 1.950 vé. 'dưới 2 triệu đồng' is a threshold in the subject: optional.",
    "Destination provinces (Thanh Hóa, Nghệ An, …) carry no figure. Distractors: dateline, Khu công nghiệp Đức Hòa 1,",
    "'Xuân Ất Tỵ 2025' (programme name), 'ngày 21 tháng Chạp' (lunar date), hotline 0272.3850.214.",
]

if __name__ == "__main__":
    emit("p736-2", TEXT, COMMENTS, FIGS, published="2025-01-09", location="Đức Hòa")
