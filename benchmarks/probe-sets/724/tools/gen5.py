"""p724-5: Báo Nam Định (Party newspaper) — Thiên Trường stadium renovation, new arena, pool; byline + date at end."""
import sys
from lib import F, P, I, CH, TG, emit

TEXT = """Báo Nam Định điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nam Định

Cải tạo Sân vận động Thiên Trường: nâng sức chứa lên 20.000 chỗ ngồi

Dự án cải tạo, nâng cấp Sân vận động Thiên Trường có tổng mức đầu tư 186 tỷ đồng từ ngân sách tỉnh Nam Định, khởi công từ tháng 8/2023. Đến nay, khối lượng thi công đạt khoảng 65%, giá trị giải ngân được 97,5 tỷ đồng, bằng 52,4% tổng mức đầu tư.

Sau cải tạo, sức chứa của sân tăng từ 15.000 lên 20.000 chỗ ngồi, trong đó khán đài A có 6.500 chỗ có mái che; hệ thống đèn chiếu sáng đạt độ rọi 2.000 lux, đáp ứng yêu cầu truyền hình trực tiếp các trận đấu V.League 1.

Cùng với sân vận động, tỉnh chuẩn bị đầu tư Nhà thi đấu đa năng tại phường Lộc Hạ với quy mô 3.000 chỗ ngồi, diện tích sàn 8.450 m², tổng vốn gần 240 tỷ đồng; dự kiến khởi công trong quý IV/2024.

Bể bơi 50 m tại Trung tâm Huấn luyện và Thi đấu thể thao tỉnh (số 2 đường Trần Đăng Ninh) hiện phục vụ bình quân 1.200 lượt người/ngày trong mùa hè, tăng gần 30% so với năm 2023. Giá vé là 30.000 đồng/lượt đối với người lớn và 20.000 đồng/lượt đối với trẻ em.

Theo Sở Văn hóa, Thể thao và Du lịch, năm 2024 tỉnh phấn đấu có thêm 25 xã đạt chuẩn thiết chế văn hóa, thể thao, nâng tổng số lên 189/204 xã, phường, thị trấn.

Đức Toàn
24/06/2024
"""

NOW = P("Đến nay", None, "2024-06-24")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("lên 20.000 chỗ ngồi\n", "20.000", 20000, "count", "chỗ ngồi", "sức chứa Sân vận động Thiên Trường"),
    F("tổng mức đầu tư 186 tỷ đồng", "186", 186e9, "money", "đồng",
      "tổng mức đầu tư dự án cải tạo, nâng cấp Sân vận động Thiên Trường"),
    F("khoảng 65%", "65", 65, "percent", "%", "khối lượng thi công", NOW, approx="about"),
    F("được 97,5 tỷ đồng", "97,5", 97.5e9, "money", "đồng", "giá trị giải ngân", NOW, percent=52.4),
    F("từ 15.000 lên", "15.000", 15000, "count", "chỗ ngồi", "sức chứa của sân trước cải tạo", optional=True),
    F("lên 20.000 chỗ ngồi,", "20.000", 20000, "count", "chỗ ngồi", "sức chứa của sân sau cải tạo"),
    F("có 6.500 chỗ", "6.500", 6500, "count", "chỗ", "chỗ có mái che khán đài A", total=20000),
    F("độ rọi 2.000 lux", "2.000", 2000, "measure", "lux", "độ rọi hệ thống đèn chiếu sáng"),
    F("quy mô 3.000 chỗ ngồi", "3.000", 3000, "count", "chỗ ngồi", "quy mô Nhà thi đấu đa năng"),
    F("sàn 8.450 m²", "8.450", 8450, "measure", "m²", "diện tích sàn Nhà thi đấu đa năng"),
    F("gần 240 tỷ đồng", "240", 240e9, "money", "đồng", "tổng vốn Nhà thi đấu đa năng", approx="nearly"),
    F("Bể bơi 50 m", "50", 50, "measure", "m", "chiều dài bể bơi", optional=True),
    F("bình quân 1.200 lượt người/ngày", "1.200", 1200, "measure", "lượt người/ngày",
      "lượt người bể bơi phục vụ bình quân trong mùa hè",
      change=CH("increase", 30, "%", "năm 2023", approx="nearly")),
    F("là 30.000 đồng/lượt", "30.000", 30000, "money", "đồng/lượt", "Giá vé bể bơi đối với người lớn"),
    F("và 20.000 đồng/lượt", "20.000", 20000, "money", "đồng/lượt", "Giá vé bể bơi đối với trẻ em"),
    F("thêm 25 xã", "25", 25, "count", "xã", "xã đạt chuẩn thiết chế văn hóa, thể thao tăng thêm", Y24,
      status="target"),
    F("lên 189/204", "189", 189, "count", "xã, phường, thị trấn", "xã đạt chuẩn thiết chế văn hóa, thể thao",
      Y24, total=204, status="target"),
]

COMMENTS = [
    "Báo Nam Định (Party newspaper): cải tạo Sân vận động Thiên Trường, Nhà thi đấu đa năng, bể bơi; byline 'Đức Toàn'",
    "and bare date '24/06/2024' at the end (the dateline). 'Đến nay' = as-of the dateline.",
    "'tăng từ 15.000 lên 20.000 chỗ ngồi': 20.000 is the figure; the old capacity 15.000 is optional (neither a range",
    "nor a stated change amount). The headline capacity has no status cue: actual. 'Bể bơi 50 m' (the pool's type)",
    "optional. '…; dự kiến khởi công trong quý IV/2024' governs only its own clause, so the arena's scale and cost",
    "are actual. Distractors: V.League 1, số 2 đường Trần Đăng Ninh, tháng 8/2023, quý IV/2024.",
]

if __name__ == "__main__":
    ok = emit("p724-5", TEXT, COMMENTS, FIGS, published="2024-06-24", location="Nam Định")
    sys.exit(0 if ok else 1)
