"""p1415-1: province portal (Thanh Hóa): hemophilia patients managed, treatment cost 2024, BHYT share, rank."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội

Thanh Hóa quản lý, điều trị hơn 320 người bệnh máu khó đông

Cập nhật: 17/04/2025 10:35 | Lượt xem: 1.862

Nhân Ngày Hemophilia thế giới (17/4), Sở Y tế cho biết, tính đến ngày 31/3/2025, Bệnh viện Đa khoa tỉnh đang quản lý 326 người bệnh máu khó đông (hemophilia), tăng 28 người so với cùng kỳ năm 2024. Trong đó, 281 người mắc hemophilia A, 45 người mắc hemophilia B; có 117 người bệnh là trẻ em. Về số người bệnh được quản lý, Thanh Hóa đứng thứ 3 cả nước, sau Hà Nội và TP Hồ Chí Minh.

Năm 2024, bệnh viện đã điều trị 2.145 lượt người bệnh hemophilia, sử dụng khoảng 4,6 triệu đơn vị yếu tố đông máu với tổng chi phí gần 38,7 tỷ đồng; trong đó quỹ bảo hiểm y tế (BHYT) chi trả trên 36 tỷ đồng, chiếm hơn 93%. Cũng trong năm, bệnh viện phát hiện mới 34 người bệnh, vượt 13% kế hoạch, và đưa vào sử dụng máy xét nghiệm đông máu tự động CS-2500.

Chi phí điều trị bình quân của một người bệnh hemophilia thể nặng từ 300 đến 500 triệu đồng/năm; người bệnh chỉ phải đồng chi trả 5-20% tùy đối tượng tham gia BHYT.

Hiện tỉnh có 3 cơ sở được phép điều trị dự phòng bằng yếu tố đông máu, gồm Bệnh viện Đa khoa tỉnh, Bệnh viện Nhi Thanh Hóa và Bệnh viện Đa khoa khu vực Ngọc Lặc.

Năm 2025, ngành y tế phấn đấu phát hiện mới ít nhất 30 người bệnh, nâng tỷ lệ người bệnh thể nặng được điều trị dự phòng lên 45%.

Tin liên quan:
- Thanh Hóa: Tổng kết công tác khám, chữa bệnh BHYT năm 2024
- Hướng dẫn thủ tục cấp lại thẻ BHYT bị mất
"""

ASOF = per("tính đến ngày 31/3/2025", None, "2025-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("Cũng trong năm", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("hơn 320 người", "320", 320, "count", "người bệnh", approx="over",
        subject="người bệnh máu khó đông được quản lý, điều trị"),
    fig("quản lý 326 người", "326", 326, "count", "người bệnh",
        change=chg("increase", 28, "người", "cùng kỳ năm 2024"),
        subject="người bệnh máu khó đông (hemophilia) Bệnh viện Đa khoa tỉnh đang quản lý", period=ASOF),
    fig("Trong đó, 281 người", "281", 281, "count", "người", total=326,
        subject="người mắc hemophilia A", period=inh(ASOF)),
    fig("45 người mắc", "45", 45, "count", "người", total=326,
        subject="người mắc hemophilia B", period=inh(ASOF)),
    fig("có 117 người", "117", 117, "count", "người bệnh", total=326,
        subject="người bệnh là trẻ em", period=inh(ASOF)),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="số người bệnh được quản lý", period=inh(ASOF)),
    fig("điều trị 2.145 lượt", "2.145", 2145, "count", "lượt người bệnh",
        subject="lượt người bệnh hemophilia bệnh viện đã điều trị", period=Y24),
    fig("khoảng 4,6 triệu", "4,6", 4.6e6, "measure", "đơn vị", approx="about",
        subject="yếu tố đông máu sử dụng", period=Y24),
    fig("gần 38,7 tỷ", "38,7", 38.7e9, "money", "đồng", approx="nearly",
        subject="tổng chi phí điều trị người bệnh hemophilia", period=Y24),
    fig("trên 36 tỷ", "36", 36e9, "money", "đồng", approx="over", total=38.7e9, percent=93,
        subject="quỹ bảo hiểm y tế (BHYT) chi trả", period=Y24),
    fig("mới 34 người", "34", 34, "count", "người bệnh", change=chg("increase", 13, "%", "kế hoạch"),
        subject="người bệnh phát hiện mới", period=Y24b),
    fig("từ 300 đến 500", "300", 300e6, "money", "đồng/năm", value_max=500e6,
        subject="chi phí điều trị bình quân của một người bệnh hemophilia thể nặng"),
    fig("trả 5-20%", "5", 5, "percent", "%", value_max=20,
        subject="tỷ lệ người bệnh phải đồng chi trả"),
    fig("có 3 cơ sở", "3", 3, "count", "cơ sở",
        subject="cơ sở được phép điều trị dự phòng bằng yếu tố đông máu"),
    fig("ít nhất 30", "30", 30, "count", "người bệnh", approx="at_least", status="target",
        subject="người bệnh phát hiện mới", period=Y25),
    fig("lên 45%", "45", 45, "percent", "%", status="target",
        subject="tỷ lệ người bệnh thể nặng được điều trị dự phòng", period=Y25),
]

NOTES = [
    "Province portal (Thanh Hóa): hemophilia patients managed as of 31/3/2025, 2024 treatment and cost, BHYT share, rank.",
    "Dateline 'Cập nhật: 17/04/2025 10:35 | Lượt xem: 1.862'. Distractors: 17/4 (world day), 10:35, Lượt xem 1.862,",
    "'hemophilia A/B', 'CS-2500' (a machine's model), 'năm 2024' in a related link, hospital names (Ngọc Lặc).",
    "Headline 'hơn 320 người bệnh' is its own figure (over), no period. The 'Trong đó' parts after a sentence break take",
    "total 326 and inherit the as-of period. The rank sentence names 'cả nước' as the field; the rank is Thanh Hóa's.",
    "'Cũng trong năm' (no year) takes 2024 from 'Năm 2024' before it; 'vượt 13% kế hoạch' is a change with baseline 'kế hoạch'.",
    "'trên 36 tỷ' after '; trong đó' is a part of 'gần 38,7 tỷ' (total) with 'chiếm hơn 93%' (percent attribute).",
    "'phấn đấu' governs both clauses of the last sentence (target, năm 2025).",
]

if __name__ == "__main__":
    write("p1415-1", TEXT, NOTES, FIGS, published="2025-04-17", location="Thanh Hóa")
