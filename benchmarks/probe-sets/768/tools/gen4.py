"""p768-4: ministry site (Bộ VHTTDL), national figures on nhà văn hóa thôn and khu vui chơi trẻ em."""
from lib import write, fig, per, inh, chg

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ / Tin tức / Văn hóa cơ sở

Hơn 90% thôn, tổ dân phố trên cả nước đã có nhà văn hóa

Ngày đăng: 22/05/2024 | Lượt xem: 1.208

Theo báo cáo của Cục Văn hóa cơ sở, Gia đình và Thư viện, tính đến tháng 12/2023, cả nước có 88.925 nhà văn hóa thôn, tổ dân phố, đạt 90,4% tổng số thôn, tổ dân phố; trong đó khu vực nông thôn có 71.286 nhà. Tỷ lệ xã có trung tâm văn hóa, thể thao đạt 84,7%, tăng 3,2 điểm phần trăm so với năm 2022.

Về khu vui chơi cho trẻ em, cả nước có khoảng 52.600 điểm vui chơi ở thôn, bản, mới đáp ứng từ 30 đến 35% nhu cầu vui chơi của trẻ em nông thôn. Diện tích sân chơi bình quân ở nông thôn chỉ khoảng 0,5 m²/trẻ em, thấp hơn nhiều so với mức 1,5 m²/trẻ em ở đô thị.

Các địa phương có tỷ lệ thôn có sân chơi cho trẻ em cao nhất là Thái Bình (97,1%), Nam Định (95,4%), Hà Nam (93,8%); thấp nhất là Hà Giang (18,7%) và Lai Châu (21,5%).

Giai đoạn 2021-2025, Chương trình mục tiêu quốc gia xây dựng nông thôn mới và Chương trình 1719 đã bố trí khoảng 2.150 tỷ đồng cho thiết chế văn hóa, thể thao cơ sở. Theo Quyết định số 2164/QĐ-TTg của Thủ tướng Chính phủ, đến năm 2030 phấn đấu 100% thôn có nhà văn hóa và 80% thôn có khu vui chơi cho trẻ em bảo đảm an toàn.

Bộ Văn hóa, Thể thao và Du lịch - Số 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

ASOF = per("tính đến tháng 12/2023", end="2023-12-31")
T30 = per("đến năm 2030", end="2030-12-31")
RATE = "tỷ lệ thôn có sân chơi cho trẻ em"

FIGS = [
    fig("Hơn 90% thôn", "90", 90, "percent", "%", "thôn, tổ dân phố trên cả nước có nhà văn hóa", inh(ASOF),
        approx="over"),
    fig("có 88.925 nhà văn hóa", "88.925", 88925, "count", "nhà văn hóa", "nhà văn hóa thôn, tổ dân phố", ASOF,
        percent=90.4),
    fig("có 71.286 nhà", "71.286", 71286, "count", "nhà", "nhà văn hóa thôn khu vực nông thôn", ASOF, total=88925),
    fig("đạt 84,7%", "84,7", 84.7, "percent", "%", "tỷ lệ xã có trung tâm văn hóa, thể thao", inh(ASOF),
        change=chg("increase", 3.2, "điểm phần trăm", "năm 2022")),
    fig("khoảng 52.600 điểm", "52.600", 52600, "count", "điểm vui chơi", "điểm vui chơi cho trẻ em ở thôn, bản",
        approx="about"),
    fig("từ 30 đến 35%", "30", 30, "percent", "%", "nhu cầu vui chơi của trẻ em nông thôn được đáp ứng", value_max=35),
    fig("khoảng 0,5 m²/trẻ em", "0,5", 0.5, "measure", "m²/trẻ em", "diện tích sân chơi bình quân ở nông thôn",
        approx="about"),
    fig("mức 1,5 m²/trẻ em", "1,5", 1.5, "measure", "m²/trẻ em", "diện tích sân chơi bình quân ở đô thị"),
    fig("Thái Bình (97,1%)", "97,1", 97.1, "percent", "%", RATE, location="Thái Bình"),
    fig("Nam Định (95,4%)", "95,4", 95.4, "percent", "%", RATE, location="Nam Định"),
    fig("Hà Nam (93,8%)", "93,8", 93.8, "percent", "%", RATE, location="Hà Nam"),
    fig("Hà Giang (18,7%)", "18,7", 18.7, "percent", "%", RATE, location="Hà Giang"),
    fig("Lai Châu (21,5%)", "21,5", 21.5, "percent", "%", RATE, location="Lai Châu"),
    fig("khoảng 2.150 tỷ đồng", "2.150", 2150e9, "money", "đồng", "kinh phí bố trí cho thiết chế văn hóa, thể thao cơ sở",
        per("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="about"),
    fig("phấn đấu 100% thôn", "100", 100, "percent", "%", "thôn có nhà văn hóa", T30, status="target"),
    fig("và 80% thôn", "80", 80, "percent", "%", "thôn có khu vui chơi cho trẻ em bảo đảm an toàn", T30,
        status="target"),
]

COMMENTS = [
    "Ministry site (Bộ VHTTDL), 'Ngày đăng: 22/05/2024 | Lượt xem: 1.208': national nhà văn hóa thôn, điểm vui chơi trẻ em, provincial shares.",
    "Distractors: Lượt xem 1.208, 'Chương trình 1719' (a name), Quyết định số 2164/QĐ-TTg, Số 51 Ngô Quyền, phone 024.3943.8231, 'Giai đoạn 2021-2025'.",
    "'đạt 90,4% tổng số thôn' is the share of 88.925; 71.286 after 'trong đó' is its part. 84,7% carries its gap 'tăng 3,2 điểm phần trăm' as change.",
    "'mức 1,5 m²/trẻ em ở đô thị' is a comparison value (urban average), not a change: a measure figure of its own.",
    "Provinces in the ranked list -> location, the list's indicator is the subject. 2030 targets: start null, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p768-4", TEXT, COMMENTS, FIGS, published="2024-05-22", location="Việt Nam")
