"""p487-5: Báo Gia Lai (Party newspaper), sugarcane season 2023-2024."""
from lib import emit, fig, per, inh, chg

TEXT = """BÁO GIA LAI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH GIA LAI
Kinh tế

Giá mía lên 1,2 triệu đồng/tấn, nông dân Gia Lai mở rộng diện tích

(GLO)- Niên vụ 2023-2024, toàn tỉnh có 32.500 ha mía, tăng 3.800 ha so với niên vụ trước. Năng suất bình quân đạt 68 tấn/ha, sản lượng khoảng 2,2 triệu tấn. Vùng nguyên liệu tập trung ở các huyện Krông Pa (9.450 ha), Phú Thiện (6.200 ha), Ia Pa (5.800 ha) và thị xã Ayun Pa (2.350 ha).

Hiện 2 nhà máy trên địa bàn là Nhà máy Đường An Khê và Nhà máy Đường Ayun Pa (nằm trên Quốc lộ 25) thu mua mía ở mức từ 1,1 đến 1,25 triệu đồng/tấn (mía 10 CCS), cao hơn 250.000 đồng/tấn so với vụ trước. Nhà máy lớn nhất có công suất 18.000 tấn mía/ngày. Các nhà máy đã ký hợp đồng bao tiêu với 8.600 hộ, ứng trước vốn đầu tư 215 tỷ đồng.

Ông Rah Lan Chung, nông dân xã Ia Sol (huyện Phú Thiện), cho biết gia đình trồng 5 ha mía, sau khi trừ chi phí lãi khoảng 45 triệu đồng/ha. Con số này gấp 1,5 lần so với trồng sắn. “Có năm giá mía chỉ 800.000 đồng/tấn, nhiều hộ phải phá bỏ. Giờ giá tốt, bà con yên tâm đầu tư”, ông Chung nói.

Theo Sở Nông nghiệp và Phát triển nông thôn, niên vụ 2024-2025, tỉnh dự kiến nâng diện tích mía lên khoảng 35.000 ha; phấn đấu đến năm 2025 có 60% diện tích được cơ giới hóa khâu làm đất và thu hoạch.

NGỌC MINH
22/03/2024
"""

NV = per("Niên vụ 2023-2024", "2023-01-01", "2024-12-31")

FIGS = [
    fig("lên 1,2 triệu đồng/tấn", "1,2", 1.2e6, "money", "đồng/tấn",
        subject="giá mía"),
    fig("có 32.500 ha mía", "32.500", 32500, "measure", "ha",
        change=chg("increase", 3800, unit="ha", baseline="niên vụ trước"),
        subject="diện tích mía", period=NV),
    fig("đạt 68 tấn/ha", "68", 68, "measure", "tấn/ha",
        subject="năng suất mía bình quân", period=inh(NV)),
    fig("khoảng 2,2 triệu tấn", "2,2", 2.2e6, "measure", "tấn", approx="about",
        subject="sản lượng mía", period=inh(NV)),
    fig("Krông Pa (9.450 ha)", "9.450", 9450, "measure", "ha",
        subject="diện tích vùng nguyên liệu mía", period=inh(NV), location="Krông Pa"),
    fig("Phú Thiện (6.200 ha)", "6.200", 6200, "measure", "ha",
        subject="diện tích vùng nguyên liệu mía", period=inh(NV), location="Phú Thiện"),
    fig("Ia Pa (5.800 ha)", "5.800", 5800, "measure", "ha",
        subject="diện tích vùng nguyên liệu mía", period=inh(NV), location="Ia Pa"),
    fig("Ayun Pa (2.350 ha)", "2.350", 2350, "measure", "ha",
        subject="diện tích vùng nguyên liệu mía", period=inh(NV), location="Ayun Pa"),
    fig("Hiện 2 nhà máy", "2", 2, "count", "nhà máy",
        subject="nhà máy đường trên địa bàn"),
    fig("từ 1,1 đến 1,25 triệu đồng/tấn", "1,1", 1.1e6, "money", "đồng/tấn", value_max=1.25e6,
        change=chg("increase", 250000, unit="đồng/tấn", baseline="vụ trước"),
        subject="giá thu mua mía"),
    fig("mía 10 CCS", "10", 10, "measure", "CCS", subject="chữ đường của mía", optional=True),
    fig("công suất 18.000 tấn mía/ngày", "18.000", 18000, "measure", "tấn mía/ngày",
        subject="công suất nhà máy đường lớn nhất"),
    fig("với 8.600 hộ", "8.600", 8600, "count", "hộ",
        subject="hộ ký hợp đồng bao tiêu mía"),
    fig("vốn đầu tư 215 tỷ đồng", "215", 215e9, "money", "đồng",
        subject="vốn đầu tư ứng trước"),
    fig("trồng 5 ha mía", "5", 5, "measure", "ha",
        subject="diện tích mía của gia đình ông Rah Lan Chung", location="Phú Thiện"),
    fig("khoảng 45 triệu đồng/ha", "45", 45e6, "money", "đồng/ha", approx="about",
        subject="lãi trồng mía sau khi trừ chi phí", location="Phú Thiện"),
    fig("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần",
        subject="lãi trồng mía so với trồng sắn", location="Phú Thiện"),
    fig("chỉ 800.000 đồng/tấn", "800.000", 800000, "money", "đồng/tấn",
        subject="giá mía", location="Phú Thiện"),
    fig("khoảng 35.000 ha", "35.000", 35000, "measure", "ha", approx="about", status="forecast",
        subject="diện tích mía", period=per("niên vụ 2024-2025", "2024-01-01", "2025-12-31")),
    fig("có 60% diện tích", "60", 60, "percent", "%", status="target",
        subject="tỷ lệ diện tích mía được cơ giới hóa khâu làm đất và thu hoạch",
        period=per("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Báo Gia Lai (GLO): sugarcane season 2023-2024, area by district, purchase price, factories, farmer's profit, 2025 targets.",
    "Byline and bare date '22/03/2024' at the end give published.",
    "'Niên vụ 2023-2024' read by analogy with 'giai đoạn 2021-2025' in FIGURES.md: 2023-01-01 .. 2024-12-31 (choice).",
    "Distractors: (GLO), Quốc lộ 25, factory names (Nhà máy Đường An Khê), xã Ia Sol; 'mía 10 CCS' (quality basis of a price) optional.",
    "The farmer's figures take his district Phú Thiện. 'Con số này gấp 1,5 lần' stands alone as a sentence: multiple.",
    "The quoted 'Có năm giá mía chỉ 800.000 đồng/tấn' is a figure (no period); like the farmer's other figures it takes Phú Thiện.",
    "District list after 'tập trung ở các huyện' has no part cue after a whole: no total.",
]

if __name__ == "__main__":
    emit("p487-5", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Gia Lai")
